// A closure sees later assignments to a captured variable.
function f() {
  let value = "initial";
  const get = () => value;
  value = "updated";
  return get;
}
console.log(f()());
function g() {
  const fns = [];
  let shared = 0;
  for (let i = 0; i < 3; i++) fns.push(() => shared + i);
  shared = 100;
  return fns.map((h) => h());
}
console.log(g());
