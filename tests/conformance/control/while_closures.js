// A let inside a while body is a new binding each iteration.
const fns = [];
let i = 0;
while (i < 3) {
  let captured = i * i;
  fns.push(() => captured);
  i++;
}
console.log(fns.map((f) => f()));
