// A failing store (`undefined.x = …`) is placed at the `=`, in the stack and the arrow alike.
const settings = {};
function apply(name, value) {
  try {
    'use strict';
    Object.freeze(settings).locked /* read-only now */ = true;
  } catch (e) {
    console.log(e.constructor.name);
  }
  settings.section[name]   = value;
}
apply('width', 3);
