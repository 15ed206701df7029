// Throwing and catching Error objects.
try {
  throw new Error("boom");
} catch (e) {
  console.log(e.message, e.name, e instanceof Error);
}
function fail(msg) {
  throw new TypeError(msg);
}
try {
  fail("bad type");
  console.log("not reached");
} catch (err) {
  console.log(err.name + ": " + err.message, err instanceof TypeError, err instanceof Error);
}
console.log("after");
