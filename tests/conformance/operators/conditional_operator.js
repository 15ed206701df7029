// The conditional operator and its right associativity.
function classify(n) {
  return n < 0 ? "negative" : n === 0 ? "zero" : n < 10 ? "small" : "large";
}
console.log(classify(-5), classify(0), classify(3), classify(50));
let evaluated = [];
const v = true ? (evaluated.push("then"), 1) : (evaluated.push("else"), 2);
console.log(v, evaluated);
console.log(null ? "t" : "f", "" ? "t" : "f", [] ? "t" : "f");
