// Private state through an immediately invoked factory.
const stack = (function () {
  const items = [];
  function size() {
    return items.length;
  }
  return {
    push(v) {
      items.push(v);
      return size();
    },
    pop() {
      return items.pop();
    },
    size,
  };
})();
stack.push("a");
stack.push("b");
console.log(stack.size(), stack.pop(), stack.size(), stack.items);
