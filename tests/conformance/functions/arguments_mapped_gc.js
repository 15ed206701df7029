// Mapped arguments objects outlive their call: the parameter environment stays alive.
function keep(a, b) { a = 'kept-' + a; return arguments; }
const list = [];
for (let i = 0; i < 2000; i++) list.push(keep(i, i * 2));
let junk = [];
for (let i = 0; i < 200000; i++) junk.push({ i, s: 'x' + i });
junk = null;
let ok = true;
for (let i = 0; i < 2000; i++) {
  if (list[i][0] !== 'kept-' + i || list[i][1] !== i * 2) { ok = false; console.log('bad', i, list[i][0]); break; }
}
console.log('ok', ok);
function setter(a) { return (v) => { arguments[0] = v; return a; }; }
const fns = [];
for (let i = 0; i < 1000; i++) fns.push(setter(i));
junk = [];
for (let i = 0; i < 200000; i++) junk.push([i]);
console.log(fns.map((f, i) => f('v' + i) === 'v' + i).every(Boolean));
