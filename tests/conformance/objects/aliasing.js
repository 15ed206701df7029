// Objects are shared by reference.
const a = { n: 1 };
const b = a;
b.n = 2;
console.log(a.n, a === b);
function mutate(o) {
  o.touched = true;
  o = { replaced: true };
  return o;
}
const r = mutate(a);
console.log(a, r);
const list = [a, a];
list[0].n = 99;
console.log(list[1].n);
