// Each iteration of a for-let loop has a fresh binding; var shares one.
const withLet = [];
for (let i = 0; i < 3; i++) {
  withLet.push(() => i);
}
const withVar = [];
for (var j = 0; j < 3; j++) {
  withVar.push(() => j);
}
console.log(withLet.map((f) => f()));
console.log(withVar.map((f) => f()));
