// Assigning to a const binding throws a TypeError; the value is unchanged.
const k = 1;
try {
  k = 2;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log(k);
try {
  k += 1;
} catch (e) {
  console.log("compound:", e.message);
}
try {
  for (const i = 0; i < 2; i++) {}
} catch (e) {
  console.log("for const:", e.message);
}
console.log(k);
