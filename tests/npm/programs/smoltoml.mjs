import { parse, stringify, TomlError } from 'smol-toml';
const doc = parse(`
title = "TOML Example"
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
[[products]]
name = "Hammer"
sku = 738594937
[[products]]
name = "Nail"
color = "gray"
`);
console.log(JSON.stringify(doc, null, 1));
console.log(doc.owner.dob instanceof Date, doc.owner.dob.toISOString());
console.log(stringify({ a: 1, b: 'x"y', c: [1, 2], d: { e: true, f: { g: 1.5 } }, arr: [{ x: 1 }, { x: 2 }] }));
try { parse('a = = 1'); } catch (e) { console.log(e instanceof TomlError, e.line, e.column, e.message.split('\n')[0]); }
