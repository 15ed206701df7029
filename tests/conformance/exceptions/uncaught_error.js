// An uncaught Error prints to stderr and exits with code 1.
console.log("start");
function explode() {
  throw new Error("unhandled");
}
explode();
console.log("unreachable");
