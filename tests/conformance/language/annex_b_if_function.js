// A plain function declaration as the body of an `if` or `else` in sloppy code (ECMA-262
// B.3.4): it behaves as if it were in a block of its own, with an Annex B `var`.
console.log(typeof f, typeof g);
if (true) function f() { return 'f'; } else function g() { return 'g'; }
console.log(typeof f, typeof g, f());

function outer(x) {
  if (x) function h() { return 'h'; }
  return typeof h;
}
console.log(outer(true), outer(false));

function nested(n) {
  const seen = [];
  for (let i = 0; i < n; i++) {
    if (i % 2) function odd() { return 'odd'; } else function even() { return 'even'; }
    seen.push(typeof odd, typeof even);
  }
  return seen.join(' ');
}
console.log(nested(3));

label: function labelled() { return 'labelled'; }
console.log(labelled());

// Strict code rejects it (as eval code here, so the program still runs).
try {
  eval('"use strict"; if (true) function s() {}');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
