// Case expressions are evaluated lazily, in order, until one matches.
const log = [];
function c(v) {
  log.push(v);
  return v;
}
switch (3) {
  case c(1):
  case c(2):
    console.log("no");
    break;
  case c(3):
    console.log("matched three");
  case c(4):
    console.log("fell into four");
}
console.log(log);
let x = 5;
switch (true) {
  case x < 0: console.log("negative"); break;
  case x < 10: console.log("below ten"); break;
  default: console.log("big");
}
