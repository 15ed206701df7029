// Array.from with iterables, array-likes and a map function; Array.of.
function show(a) {
  let out = [];
  for (let i = 0; i < a.length; i++) out.push(i in a ? String(a[i]) : "_");
  return "[" + out.join(",") + "]";
}
console.log(show(Array.from([1, , 3])), show(Array.from({ length: 3, 1: "b" })), show(Array.from("a\u{1F600}b")), show(Array.from(5)));
console.log(show(Array.from([1, 2, 3], (x, i) => x * 10 + i)), show(Array.from({ length: 2 }, function () { return this.v; }, { v: "t" })));
const counter = {};
counter[Symbol.iterator] = function () {
  let n = 0;
  return {
    next: function () {
      n++;
      return n <= 3 ? { value: n * n, done: false } : { value: "ignored", done: true };
    },
  };
};
console.log(show(Array.from(counter)), show(Array.from(counter, (x) => -x)));
// The iterator is closed when the map function throws.
const closing = {};
closing[Symbol.iterator] = function () {
  return {
    next: function () { return { value: 1, done: false }; },
    return: function () { console.log("return called"); return {}; },
  };
};
try {
  Array.from(closing, () => { throw new Error("map failed"); });
} catch (e) {
  console.log(e.message);
}
function args() {
  return Array.from(arguments);
}
console.log(show(args("x", "y")), Array.isArray(Array.from(new Array(2))), Array.from(new Array(2)).length);
console.log(show(Array.of()), show(Array.of(7)), show(Array.of(1, "two", undefined)), Array.of(3).length);
function Box(n) {
  this.made = n;
}
const boxed = Array.from.call(Box, [4, 5]);
console.log(boxed instanceof Box, boxed.length, boxed[1], boxed.made);
const ofBox = Array.of.call(Box, "a");
console.log(ofBox instanceof Box, ofBox.made, ofBox.length, ofBox[0]);
console.log(Array.from.call(null, [1]).length, Array.of.call(undefined, 1, 2).length);
const badIterator = {};
badIterator[Symbol.iterator] = 1;
const badResult = {};
badResult[Symbol.iterator] = function () { return 1; };
const badStep = {};
badStep[Symbol.iterator] = function () { return { next: function () { return 1; } }; };
for (const f of [() => Array.from(null), () => Array.from(undefined), () => Array.from([1], 3), () => Array.from(badIterator), () => Array.from(badResult), () => Array.from(badStep)]) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
