// finally runs after try and after catch, whether or not something was thrown.
function run(shouldThrow) {
  const log = [];
  try {
    log.push("try");
    if (shouldThrow) throw new Error("x");
    log.push("try end");
  } catch (e) {
    log.push("catch " + e.message);
  } finally {
    log.push("finally");
  }
  log.push("after");
  return log.join(" > ");
}
console.log(run(false));
console.log(run(true));
try {
  try {
    throw new Error("inner");
  } finally {
    console.log("inner finally");
  }
} catch (e) {
  console.log("outer caught", e.message);
}
