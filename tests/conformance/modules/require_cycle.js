const a = require('./fixtures/cycle_a');
console.log(a.fromA, a.seenInB);
