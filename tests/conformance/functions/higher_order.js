// Functions taking and returning functions.
function compose(f, g) {
  return function (x) {
    return f(g(x));
  };
}
const inc = (x) => x + 1;
const dbl = (x) => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
function curry3(f) {
  return (a) => (b) => (c) => f(a, b, c);
}
console.log(curry3((a, b, c) => a * b - c)(3)(4)(5));
function times(n, f) {
  for (let i = 0; i < n; i++) f(i);
}
times(3, (i) => console.log("call", i));
const pipeline = [inc, dbl, inc, dbl].reduce((acc, f) => compose(f, acc), (x) => x);
console.log(pipeline(1));
