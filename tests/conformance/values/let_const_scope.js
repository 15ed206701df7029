// Block scoping of let and const, and shadowing.
let a = 1;
const b = 2;
{
  let a = 10;
  const b = 20;
  console.log("inner", a, b);
  {
    let a = 100;
    console.log("innermost", a, b);
  }
  console.log("inner again", a);
}
console.log("outer", a, b);

if (true) {
  let scoped = "in if";
  console.log(scoped);
}
console.log(typeof scoped);

for (let i = 0; i < 2; i++) {
  let i2 = i * 2;
  console.log("loop", i, i2);
}
console.log(typeof i, typeof i2);

const obj = { n: 1 };
obj.n = 2;
console.log(obj.n);
