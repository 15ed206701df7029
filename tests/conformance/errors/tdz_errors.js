// Cannot access a lexical binding before initialization.
function readEarly() {
  try {
    return x;
  } catch (e) {
    return e.name + ": " + e.message;
  }
}
console.log(readEarly());
let x = 1;
console.log(readEarly());
{
  try {
    inner = 5;
  } catch (e) {
    console.log(e.message);
  }
  let inner;
}
