// A closure that refers to its own binding.
const countdown = (n) => (n === 0 ? ["liftoff"] : [n].concat(countdown(n - 1)));
console.log(countdown(3));
let walker = function (node) {
  return node === null ? 0 : node.value + walker(node.next);
};
console.log(walker({ value: 1, next: { value: 2, next: { value: 3, next: null } } }));
