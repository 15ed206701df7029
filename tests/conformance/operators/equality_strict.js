// Strict equality compares type and value, and objects by identity.
console.log(1 === 1, 1 === "1", 0 === -0, NaN === NaN, null === undefined, null === null);
console.log("a" === "a", "a" + "b" === "ab", true === 1, undefined === void 0);
const a = [1];
const b = [1];
const c = a;
console.log(a === b, a === c, a !== b, {} === {}, 1 !== 1.0);
function f() {}
console.log(f === f, (() => 1) === (() => 1));
