// Comparisons between objects and primitives go through ToPrimitive.
const a = [1, 2];
console.log(a == "1,2", a == a, a === a.slice(), "1,2" == a);
const o = { toString() { return "o"; } };
console.log(o == "o", "o" == o, o != "x", o === "o");
console.log([0] == false, [] == false, [[]] == 0, [null] == "", [undefined] == 0);
console.log(null == false, undefined == false, NaN == false);
