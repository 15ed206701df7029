// Per-iteration let bindings are copied before the update expression runs.
const fns = [];
for (let i = 0; i < 6; i++) {
  fns.push(() => i);
  i++;
}
console.log(fns.map((f) => f()));
const setters = [];
const getters = [];
for (let i = 0; i < 3; i++) {
  getters.push(() => i);
  setters.push((v) => { i = v; });
}
setters[1](100);
console.log(getters.map((g) => g()));
