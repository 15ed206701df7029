// return inside try/catch and finally.
function a() {
  try {
    return "try";
  } finally {
    console.log("a finally runs");
  }
}
function b() {
  try {
    return "try";
  } finally {
    return "finally wins";
  }
}
function c() {
  try {
    throw new Error("e");
  } catch (e) {
    return "catch";
  } finally {
    console.log("c finally runs");
  }
}
function d() {
  let x = 1;
  try {
    return x;
  } finally {
    x = 2;
  }
}
function e() {
  const o = { v: 1 };
  try {
    return o;
  } finally {
    o.v = 2;
  }
}
console.log(a(), b(), c(), d(), e().v);
