// finally blocks run before an uncaught exception ends the program.
function f() {
  try {
    throw new TypeError("escapes");
  } finally {
    console.log("finally before exit");
  }
}
try {
  f();
} finally {
  console.log("outer finally");
}
console.log("unreachable");
