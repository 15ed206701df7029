// Calling computed members and call results that are not functions.
const arr = [1];
try {
  arr[0]();
} catch (e) {
  console.log(e.message);
}
function f() {
  return 1;
}
try {
  f()();
} catch (e) {
  console.log(e.message);
}
