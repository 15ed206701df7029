// in and instanceof with invalid right-hand sides.
try {
  "a" in 5;
} catch (e) {
  console.log(e.name, e.message);
}
try {
  "a" in "str";
} catch (e) {
  console.log(e.message);
}
try {
  ({}) instanceof 5;
} catch (e) {
  console.log(e.name, e.message);
}
try {
  ({}) instanceof {};
} catch (e) {
  console.log(e.message);
}
