// Object literals: creation, access and printing.
const o = { name: "kiln", version: 1, nested: { ok: true }, list: [1, 2] };
console.log(o);
console.log(o.name, o["version"], o.nested.ok, o.list[1]);
const empty = {};
console.log(empty, Object.keys(empty).length);
const quoted = { "a b": 1, "c-d": 2, 3: "three", "": "empty" };
console.log(quoted["a b"], quoted["c-d"], quoted[3], quoted[""]);
