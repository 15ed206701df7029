// The value of a return is fixed before finally runs.
function f() {
  let s = "before";
  try {
    return s;
  } finally {
    s = "after";
    console.log("finally sees", s);
  }
}
console.log(f());
function g() {
  let n = 0;
  try {
    n++;
    throw n;
  } catch (v) {
    n += 10;
    return n;
  } finally {
    n += 100;
  }
}
console.log(g());
