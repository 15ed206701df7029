// Lexical declarations in switch cases share one block scope.
function f(n) {
  switch (n) {
    case 1: {
      let v = "block one";
      return v;
    }
    case 2: {
      let v = "block two";
      return v;
    }
  }
  return "none";
}
console.log(f(1), f(2), f(3));
switch (1) {
  case 0:
    let hidden = "set";
  case 1:
    try {
      console.log(hidden);
    } catch (e) {
      console.log(e.name, e.message);
    }
}
