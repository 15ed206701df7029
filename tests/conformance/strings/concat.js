// String concatenation with +, left to right.
console.log("a" + "b", "1" + 2 + 3, 1 + 2 + "3", "x" + 1.5, "" + -0);
console.log("n:" + null, "u:" + undefined, "b:" + true, "nan:" + NaN, "inf:" + -Infinity);
let s = "start";
s += "-mid";
s += 42;
s = s + "-end";
console.log(s, s.length);
console.log("big:" + 1e21, "small:" + 1e-7, "sum:" + (0.1 + 0.2));
