// A function's own "use strict" applies to its parameters.
console.log('not printed');
function f(a, b, a) {
  'use strict';
}
