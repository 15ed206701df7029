// for-in visits integer-like keys in ascending order, then string keys in insertion order.
const o = { b: 1, a: 2, 10: "ten", 2: "two", "-1": "neg", "01": "zero-one", c: 3 };
const keys = [];
for (const k in o) keys.push(k);
console.log(keys.join(" "));
o.z = 26;
o[1] = "one";
delete o.a;
for (const k in o) console.log(k, o[k]);
for (const k in {}) console.log("never");
