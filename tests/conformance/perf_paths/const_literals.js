'use strict';
// Reads of `const` bindings initialised with literals: the value is known once the binding is
// out of its temporal dead zone, which is still checked (captured, hoisted calls, switch
// cases); constants of every literal kind, negated numbers, -0, in loops and in closures.

function early() {
  return LATE + 1;
}
try {
  early();
} catch (error) {
  console.log(error.name, error.message);
}
const LATE = 41;
console.log(early());

const ADD = 0, SUB = 1, NAME = 'op', FLAG = true, NOTHING = null, NEG = -2.5, ZERO = -0, HEX = 0x1f;
function run(ops) {
  let acc = 0;
  for (const op of ops) {
    switch (op) {
      case ADD: acc += 10; break;
      case SUB: acc -= 3; break;
      case NAME: acc *= 2; break;
      case FLAG: acc += 100; break;
      case NOTHING: acc = -acc; break;
      case NEG: acc /= 2; break;
      case HEX: acc += HEX; break;
      default: acc += 1000;
    }
  }
  return acc;
}
console.log(run([0, 1, 'op', true, null, -2.5, 31, 'x', 0, '0', false]));
console.log(Object.is(ZERO, -0), 1 / ZERO, typeof NAME, NAME.length, NOTHING === null, FLAG && 'yes');

// A switch case reads a const declared by an earlier case: the TDZ applies when that case
// did not run.
function cases(which) {
  switch (which) {
    case 1:
      const K = 7;
      return K * 2;
    case 2:
      return K;
  }
  return 'none';
}
console.log(cases(1));
try {
  console.log(cases(2));
} catch (error) {
  console.log(error.name, error.message);
}

// Fresh bindings per iteration, and closures over them.
const closures = [];
for (let i = 0; i < 3; i++) {
  const STEP = 5;
  closures.push(() => i * STEP);
}
console.log(closures.map((f) => f()));

// Assigning to a const still throws, and the value stays.
const FIXED = 3;
try {
  FIXED = 4;
} catch (error) {
  console.log(error.name, error.message);
}
console.log(FIXED);

// Shadowing: an inner binding of the same name is a different one.
function shadow(ADD) {
  return ADD;
}
console.log(shadow('param'), ADD);
{
  let SUB = 'block';
  console.log(SUB);
}
console.log(SUB);
