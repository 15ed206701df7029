// Polymorphic read sites: one site sees 1 to 8 receiver shapes (own and inherited
// properties), more shapes than a cache keeps, and mutations between rounds.
function makeShapes(count) {
  const result = [];
  for (let k = 0; k < count; k++) {
    const o = {};
    for (let j = 0; j < k; j++) o["pad" + j] = j;
    if (k % 2 === 0) {
      o.x = "own" + k;
    } else {
      const proto = { x: "inherited" + k };
      const obj = Object.create(k % 3 === 0 ? Object.create(proto) : proto);
      for (let j = 0; j < k; j++) obj["pad" + j] = j;
      result.push({ object: obj, proto });
      continue;
    }
    result.push({ object: o, proto: null });
  }
  return result;
}

for (let count = 1; count <= 8; count++) {
  const entries = makeShapes(count);
  // Every count runs through this one site, so its shapes pile up past what a cache keeps.
  const read = (o) => o.x;
  const rounds = [];
  for (let round = 0; round < 4; round++) {
    const values = [];
    for (let i = 0; i < entries.length * 3; i++) {
      values.push(read(entries[i % entries.length].object));
    }
    rounds.push(values.join(","));
    // Change every inherited value, then shadow one, then remove the shadow.
    for (const entry of entries) {
      if (entry.proto) entry.proto.x = entry.proto.x + "'";
    }
    if (round === 1) entries[entries.length - 1].object.x = "shadow";
    if (round === 2) delete entries[entries.length - 1].object.x;
  }
  console.log(count + ": " + rounds.join(" | "));
}

// One shared site across all counts.
function sharedRead(o) { return o.y; }
const all = [];
for (let k = 0; k < 10; k++) {
  const o = { ["k" + k]: k };
  if (k % 3 === 0) o.y = k;
  else Object.setPrototypeOf(o, { y: "p" + k });
  all.push(o);
}
let text = "";
for (let i = 0; i < 50; i++) text += sharedRead(all[(i * 7) % all.length]) + " ";
console.log(text);

// Missing properties, primitives and null-prototype objects at the same site.
function maybe(o) { return o.z; }
const odd = [{ z: 1 }, {}, Object.create(null), "str", 5, true, [1, 2], function f() {}, { z: 2, w: 3 }];
const got = [];
for (let i = 0; i < odd.length * 2; i++) got.push(String(maybe(odd[i % odd.length])));
console.log(got.join(","));
String.prototype.z = "string z";
Object.prototype.z = "object z";
const got2 = [];
for (let i = 0; i < odd.length * 2; i++) got2.push(String(maybe(odd[i % odd.length])));
console.log(got2.join(","));
delete String.prototype.z;
delete Object.prototype.z;
const got3 = [];
for (let i = 0; i < odd.length; i++) got3.push(String(maybe(odd[i % odd.length])));
console.log(got3.join(","));
