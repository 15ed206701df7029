// Callbacks receive arguments from the caller.
function each(list, cb) {
  for (let i = 0; i < list.length; i++) cb(list[i], i, list);
}
each(["a", "b"], function (v, i, all) {
  console.log(v, i, all.length, arguments.length);
});
function retry(times, fn) {
  for (let i = 1; i <= times; i++) {
    if (fn(i)) return "ok after " + i;
  }
  return "gave up";
}
console.log(retry(5, (n) => n === 3), retry(2, () => false));
