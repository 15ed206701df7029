// Closures capture block-scoped bindings of if and bare blocks.
const fns = [];
for (let i = 0; i < 3; i++) {
  if (i % 2 === 0) {
    const label = "even" + i;
    fns.push(() => label);
  } else {
    let label = "odd" + i;
    fns.push(() => label);
    label += "!";
  }
}
console.log(fns.map((f) => f()));
let get;
{
  let hidden = "from block";
  get = () => hidden;
}
console.log(get());
