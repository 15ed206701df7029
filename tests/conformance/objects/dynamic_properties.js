// Adding and deleting many properties at run time.
const o = {};
for (let i = 0; i < 20; i++) o["k" + i] = i;
for (let i = 0; i < 20; i += 2) delete o["k" + i];
console.log(Object.keys(o).length, Object.keys(o).join(","));
let sum = 0;
for (const k in o) sum += o[k];
console.log(sum);
o.k0 = "back";
console.log(Object.keys(o)[Object.keys(o).length - 1]);
