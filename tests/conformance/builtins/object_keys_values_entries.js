// Object.keys, Object.values and Object.entries list own enumerable properties.
const o = { b: 2, a: 1, 3: "three" };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
function P() {
  this.own = 1;
}
P.prototype.inherited = 2;
const p = new P();
console.log(Object.keys(p), Object.values(p), Object.entries(p));
console.log(Object.keys([4, , 6]), Object.keys("ab"), Object.entries([]));
for (const pair of Object.entries({ x: 10, y: 20 })) console.log(pair[0] + "=" + pair[1]);
