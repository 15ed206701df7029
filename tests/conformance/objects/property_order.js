// Integer-like keys come first in ascending order, then strings in insertion order.
const o = {};
o.z = 1;
o[5] = 1;
o.a = 1;
o[1] = 1;
o["4294967294"] = 1;
o["4294967295"] = 1;
o["-0"] = 1;
o["007"] = 1;
o[0] = 1;
console.log(Object.keys(o).join(" "));
delete o.z;
o.z = 2;
console.log(Object.keys(o).join(" "));
