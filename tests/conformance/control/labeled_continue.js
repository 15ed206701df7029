// continue with labels skips to the next iteration of an outer loop.
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    console.log(i, j);
  }
}
let found = [];
rows: for (const row of [[1, 2, -1, 4], [5, 6], [-7, 8]]) {
  for (const v of row) {
    if (v < 0) continue rows;
    found.push(v);
  }
}
console.log(found);
let n = 0;
a: while (n < 6) {
  n++;
  b: do {
    if (n % 2) continue a;
  } while (false);
  console.log("even", n);
}
