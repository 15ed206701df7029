// Array literals, nesting and holes.
const a = [1, "two", null, undefined, true, [3, [4]], { k: 5 }];
console.log(a, a.length);
const holes = [1, , 3];
console.log(holes, holes.length, holes[1], 1 in holes);
const trailing = [1, 2, ];
const allHoles = [, , ,];
console.log(trailing.length, allHoles.length, allHoles);
console.log([], [[]], [[], []]);
