// The in operator checks own and inherited properties.
const proto = { inherited: 1 };
const o = Object.create(proto);
o.own = undefined;
console.log("own" in o, "inherited" in o, "missing" in o, "toString" in o);
const arr = [10, , 30];
console.log(0 in arr, 1 in arr, 2 in arr, 3 in arr, "0" in arr, "length" in arr);
console.log(1 in { 1: "x" }, "1" in { 1: "x" }, "a" in { a: null });
delete o.own;
console.log("own" in o);
