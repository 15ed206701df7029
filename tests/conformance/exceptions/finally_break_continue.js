// break and continue that cross a finally block run the finally first.
const log = [];
for (let i = 0; i < 4; i++) {
  try {
    if (i === 1) continue;
    if (i === 3) break;
    log.push("body" + i);
  } finally {
    log.push("fin" + i);
  }
}
console.log(log.join(" "));
const log2 = [];
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    try {
      if (j === 1) continue outer;
      log2.push(i + "" + j);
    } finally {
      log2.push("f");
    }
  }
}
console.log(log2.join(" "));
let n = 0;
while (true) {
  try {
    n++;
    if (n === 3) break;
  } finally {
    if (n < 2) continue;
  }
}
console.log(n);
function f() {
  for (const x of [1, 2, 3]) {
    try {
      if (x === 2) return "returned " + x;
    } finally {
      console.log("finally for", x);
    }
  }
}
console.log(f());
