// Closures nested three levels deep, each writing to a different level.
function level1() {
  let a = 1;
  return function level2() {
    let b = 10;
    return function level3() {
      let c = 100;
      a++;
      b++;
      c++;
      return a + b + c;
    };
  };
}
const l2 = level1();
const l3a = l2();
const l3b = l2();
console.log(l3a(), l3a(), l3b(), l3a());
