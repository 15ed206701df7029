// Array methods check their callback.
try {
  [1, 2].map(5);
} catch (e) {
  console.log(e.name, e.message);
}
try {
  [1, 2].forEach();
} catch (e) {
  console.log(e.message);
}
try {
  [1, 2].reduce("x");
} catch (e) {
  console.log(e.message);
}
