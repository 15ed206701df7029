const TOML = require('@iarna/toml');
const data = TOML.parse(`
# config
[server]
host = "localhost"
port = 8080
tags = ["a", "b"]
[server.limits]
rate = 1.5
ok = true
[[users]]
name = "ann"
[[users]]
name = "bob"
when = 1979-05-27
`);
console.log(JSON.stringify(data));
console.log(TOML.stringify({ title: 'x', n: 3, list: [1, 2], sub: { k: 'v', deep: { z: false } } }));
try { TOML.parse('x = [1, "a"'); } catch (e) { console.log(e.name, e.line, e.col); }
