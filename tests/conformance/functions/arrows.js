// Arrow function forms.
const inc = (x) => x + 1;
const single = x => x * 2;
const none = () => "none";
const block = (a, b) => {
  const s = a + b;
  return s * 2;
};
const obj = () => ({ a: 1 });
const nested = (a) => (b) => (c) => a + b + c;
console.log(inc(1), single(4), none(), block(1, 2), obj(), nested(1)(2)(3));
console.log([1, 2, 3].map((x) => x * x));
