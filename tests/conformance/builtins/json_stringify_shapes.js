// JSON.stringify of objects read from their shapes: insertion order, index keys first,
// symbols and non-enumerable properties skipped, getters, and a toJSON or replacer that
// changes the object being serialized part-way.
console.log(JSON.stringify({ b: 1, a: 2, 10: "ten", 2: "two", c: undefined, d: () => 1, [Symbol("s")]: 3 }));
const hidden = { shown: 1 };
Object.defineProperty(hidden, "hidden", { value: 2, enumerable: false });
Object.defineProperty(hidden, "later", { get() { return "got"; }, enumerable: true });
console.log(JSON.stringify(hidden));
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  get length() {
    return Math.hypot(this.x, this.y);
  }
}
console.log(JSON.stringify([new Point(3, 4), new Point(0, -0)]));
const holder = {
  first: {
    toJSON() {
      delete holder.second;
      holder.added = "new";
      return "first!";
    },
  },
  second: "gone",
  third: 3,
};
console.log(JSON.stringify(holder), Object.keys(holder));
const mutated = {
  a: {
    toJSON() {
      mutated.b = "changed";
      Object.defineProperty(mutated, "c", { enumerable: false, value: "hidden now" });
      return 1;
    },
  },
  b: "original",
  c: "visible",
};
console.log(JSON.stringify(mutated));
const replaced = { x: 1, y: 2, z: 3 };
console.log(JSON.stringify(replaced, function (key, value) {
  if (key === "x") {
    this.y = "replaced y";
  }
  return value;
}));
console.log(JSON.stringify(replaced, ["z", "x"]), JSON.stringify(replaced, null, "--"));
const deleted = { a: 1, b: 2, c: 3 };
delete deleted.b;
console.log(JSON.stringify(deleted), JSON.stringify(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } })));
const dictionary = {};
for (let i = 0; i < 40; i++) {
  dictionary["k" + i] = i;
}
console.log(JSON.stringify(dictionary).length, JSON.stringify(Object.assign(Object.create(null), { n: null })));
