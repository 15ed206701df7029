// Immediately invoked function expressions.
const result = (function (a, b) {
  return a * b;
})(6, 7);
console.log(result);
(function () {
  var hidden = "private";
  console.log(hidden);
})();
console.log(typeof hidden);
console.log((() => "arrow iife")());
!function () {
  console.log("bang iife");
}();
