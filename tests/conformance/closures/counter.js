// A closure keeps its own copy of captured state per call of the factory.
function makeCounter() {
  let count = 0;
  return function () {
    count++;
    return count;
  };
}
const a = makeCounter();
const b = makeCounter();
console.log(a(), a(), a(), b(), a(), b());
