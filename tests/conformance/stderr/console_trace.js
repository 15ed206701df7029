function inner(x) {
  console.trace('trace %s', x);
}
function outer() {
  inner('here');
}
outer();
console.trace();
console.trace({ a: 1 }, 'and', 2);
