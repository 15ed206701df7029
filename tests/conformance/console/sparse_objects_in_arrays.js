// Long arrays of objects are printed one per line.
const a = [];
for (let i = 0; i < 8; i++) a.push({ id: i, label: "item" + i });
console.log(a);
