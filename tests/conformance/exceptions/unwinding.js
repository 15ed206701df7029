// Exceptions unwind through several frames; code after the throw does not run.
const log = [];
function level3() {
  log.push("level3");
  throw new Error("deep");
}
function level2() {
  log.push("level2 start");
  level3();
  log.push("level2 end");
}
function level1() {
  try {
    level2();
  } finally {
    log.push("level1 finally");
  }
}
try {
  level1();
} catch (e) {
  log.push("caught " + e.message);
}
console.log(log);
function recurse(n) {
  if (n === 0) throw new Error("bottom");
  return recurse(n - 1);
}
try {
  recurse(1000);
} catch (e) {
  console.log(e.message);
}
