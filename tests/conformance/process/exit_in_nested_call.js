// process.exit deep in a call stack skips finally blocks.
function deep(n) {
  if (n === 0) {
    console.log("exiting from depth");
    process.exit(2);
  }
  try {
    deep(n - 1);
  } finally {
    console.log("finally (not printed)");
  }
}
for (let i = 0; i < 3; i++) {
  console.log("iteration", i);
  if (i === 1) deep(5);
}
