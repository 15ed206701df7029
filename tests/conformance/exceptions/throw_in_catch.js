// An exception thrown from catch still runs finally and propagates.
function f() {
  try {
    throw new Error("first");
  } catch (e) {
    throw new Error("from catch after " + e.message);
  } finally {
    console.log("finally ran");
  }
}
try {
  f();
} catch (e) {
  console.log(e.message);
}
