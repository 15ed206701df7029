// Objects whose single-line form is just under and just over the width limit.
for (let n = 60; n <= 80; n += 2) {
  const o = { key: "v".repeat(n - 13) };
  console.log(o);
}
for (let n = 4; n <= 10; n += 1) {
  const arr = [];
  for (let i = 0; i < 6; i++) arr.push("w".repeat(n));
  console.log(arr);
}
