// `with` is a SyntaxError in strict code.
"use strict";
const scope = { a: 1 };
with (scope) {
  console.log(a);
}
