// concat with IsConcatSpreadable, flat and flatMap.
function show(a) {
  let out = [];
  for (let i = 0; i < a.length; i++) out.push(i in a ? (Array.isArray(a[i]) ? "<" + show(a[i]) + ">" : String(a[i])) : "_");
  return "[" + out.join(",") + "]";
}
console.log(show([1, 2].concat(3, [4, 5], [[6]], "s")), show([].concat()), show([1, , 3].concat([, 5])));
const like = { length: 2, 0: "a", 1: "b" };
console.log(show([0].concat(like)).length, show([0].concat(like).slice(1)));
like[Symbol.isConcatSpreadable] = true;
console.log(show([0].concat(like)));
const arr = [7, 8];
arr[Symbol.isConcatSpreadable] = false;
console.log([0].concat(arr).length, [0].concat(arr)[1] === arr);
console.log(show(Array.prototype.concat.call(1, 2)), typeof Array.prototype.concat.call("s")[0]);
const nested = [1, [2, [3, [4, [5]]]], , 6];
console.log(show(nested.flat()), show(nested.flat(2)), show(nested.flat(Infinity)), show(nested.flat(0)), show(nested.flat(-1)), show(nested.flat("2")));
console.log(show([[1, , 3], , [4]].flat()));
console.log(show([1, 2, 3].flatMap((x) => [x, x * 10])), show([1, 2].flatMap((x) => [[x]])), show(["ab", "c"].flatMap((s) => (s.length > 1 ? [s + "1", s + "2"] : s))));
console.log(show([1, 2, 3].flatMap(function (x, i, a) { return i === 1 ? [] : this.k + x + a.length; }, { k: "k" })));
for (const f of [() => [].flatMap(), () => [1].flatMap(2), () => Array.prototype.concat.call(undefined)]) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
