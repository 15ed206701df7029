// break with labels exits outer loops and labelled blocks.
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (i * j === 2) break outer;
    console.log(i, j);
  }
}
block: {
  console.log("in block");
  if (true) break block;
  console.log("not printed");
}
console.log("after block");
let w = 0;
loop: while (true) {
  do {
    w++;
    if (w > 5) break loop;
  } while (true);
}
console.log("w", w);
