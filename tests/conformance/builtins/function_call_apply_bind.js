// call, apply and bind on built-in and user functions.
const slice = Array.prototype.slice;
function toArray() {
  return slice.call(arguments);
}
console.log(toArray(1, 2, 3), slice.call("abc", 1));
console.log(Math.min.apply(null, [4, 2, 8]), String.prototype.toUpperCase.call("up"));
const join = Array.prototype.join.bind([1, 2, 3]);
console.log(join("+"), join());
const push = Array.prototype.push;
const arrayLike = { length: 0 };
push.call(arrayLike, "a", "b");
console.log(arrayLike.length, arrayLike[0], arrayLike[1]);
