// Functions are values: stored, passed, compared and given names.
function named() {
  return "named";
}
const anon = function () {
  return "anon";
};
const arrow = () => "arrow";
const holder = { fn: named, list: [anon, arrow] };
console.log(holder.fn(), holder.list[0](), holder.list[1]());
console.log(named.name, anon.name, arrow.name);
console.log(named === holder.fn, anon === arrow);
function apply(f, x) {
  return f(x);
}
console.log(apply((x) => x * 2, 21));
