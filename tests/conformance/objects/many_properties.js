// An object with a thousand properties.
const o = {};
for (let i = 0; i < 1000; i++) o["p" + i] = i;
let sum = 0;
for (const k of Object.keys(o)) sum += o[k];
console.log(Object.keys(o).length, sum, o.p999, o.p500);
const n = {};
for (let i = 999; i >= 0; i--) n[i] = i;
console.log(Object.keys(n).slice(0, 5), Object.keys(n).length);
