// Assigning an undeclared name in sloppy mode creates a global.
function setIt() {
  implicitGlobal = "created";
}
setIt();
console.log(implicitGlobal, typeof implicitGlobal);
