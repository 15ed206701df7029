// A small tour of what kiln compiles today.
function greet(name) {
  return `Hello, ${name}!`;
}

function Counter(start) {
  this.count = start;
}
Counter.prototype.next = function () {
  this.count += 1;
  return this.count;
};

const counter = new Counter(40);
counter.next();
console.log(greet("kiln"), counter.next());

const squares = [];
for (let i = 1; i <= 5; i++) {
  squares.push(i * i);
}
console.log(squares.join(" "), 0.1 + 0.2);

try {
  null.property;
} catch (error) {
  console.log(error instanceof TypeError, error.message);
}
