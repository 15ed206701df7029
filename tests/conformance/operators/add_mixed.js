// The + operator on every combination of primitive and object operands.
console.log(1 + 2, "1" + 2, 1 + "2", true + 1, true + "1", null + 1, undefined + 1);
console.log(null + null, null + undefined, true + null, false + false, "a" + null);
console.log([] + [], [] + {}, [1, 2] + [3], [1] + 1, {} + "x", ({}) + 1);
console.log([null] + "", [undefined] + "", [[]] + "", [[1, 2], [3]] + "", [, ,] + "");
console.log(1 + [2], 1 + {}, "s" + function () {}.name, 1 + -0, -0 + -0);
const d = { valueOf() { return 10; } };
console.log(d + 1, d + "1", d + d, "" + d);
