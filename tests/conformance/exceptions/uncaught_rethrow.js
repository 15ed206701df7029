// A rethrown error that nobody catches ends the program.
try {
  throw new RangeError("first");
} catch (e) {
  console.log("caught", e.message);
  throw e;
}
