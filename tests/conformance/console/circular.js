// Circular references are marked.
const o = { name: "root" };
o.self = o;
console.log(o);
const a = [1];
a.push(a);
console.log(a);
const parent = { kind: "parent", children: [] };
const child = { kind: "child", parent };
parent.children.push(child);
console.log(parent);
