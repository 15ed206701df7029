// Map/Set/WeakMap/WeakSet constructors and methods: V8's TypeError messages.
const attempt = (label, run) => {
  try {
    console.log(label, run());
  } catch (error) {
    console.log(label, error.name + ": " + error.message);
  }
};
attempt("Map()", () => Map());
attempt("Set()", () => Set());
attempt("WeakMap()", () => WeakMap());
attempt("WeakSet()", () => WeakSet());
attempt("new Map(1)", () => new Map(1));
attempt("new Set(5)", () => new Set(5));
attempt("new Set({})", () => new Set({}));
attempt("new Map([1])", () => new Map([1]));
attempt("new Map(['ab', 2])", () => new Map(["ab", 2]));
attempt("get.call({})", () => Map.prototype.get.call({}, 1));
attempt("add.call([])", () => Set.prototype.add.call([], 1));
attempt("set.call(new Set)", () => Map.prototype.set.call(new Set(), 1, 2));
attempt("size getter", () => Object.getOwnPropertyDescriptor(Map.prototype, "size").get.call(new Set()));
attempt("set size getter", () => Object.getOwnPropertyDescriptor(Set.prototype, "size").get.call(new Map()));
attempt("next.call({})", () => new Map()[Symbol.iterator]().next.call({}));
attempt("set next.call(map iterator)", () => new Set().values().next.call(new Map().keys()));
attempt("forEach(1)", () => new Map().forEach(1));
attempt("set forEach()", () => new Set([1]).forEach());
attempt("WeakMap get on Map", () => WeakMap.prototype.get.call(new Map(), {}));
attempt("WeakSet has on Set", () => WeakSet.prototype.has.call(new Set(), {}));
attempt("primitive receiver", () => Map.prototype.has.call(1, 1));
const closing = {
  [Symbol.iterator]() {
    let count = 0;
    return {
      next: () => ({ done: false, value: count++ === 0 ? [1, 2] : 5 }),
      return() {
        console.log("iterator closed");
        return {};
      },
    };
  },
};
attempt("close on bad entry", () => new Map(closing));
const originalSet = Map.prototype.set;
Map.prototype.set = 5;
attempt("non-callable adder", () => new Map([[1, 2]]));
attempt("adder skipped when empty", () => new Map().size);
Map.prototype.set = function (key, value) {
  console.log("custom set", key, value);
  return originalSet.call(this, key, value);
};
attempt("custom adder", () => new Map([["k", "v"]]).get("k"));
Map.prototype.set = originalSet;
console.log(Map.length, Set.length, Map.name, Map.prototype.set.length, Map.prototype.forEach.length, Set.prototype.add.length);
console.log(Object.getOwnPropertyNames(Map.prototype).join(), Object.getOwnPropertyNames(Set.prototype).join());
console.log(Map[Symbol.species] === Map, Object.getOwnPropertyDescriptor(Map, Symbol.species).get.name);
console.log(String(Map.prototype[Symbol.toStringTag]), Set.prototype[Symbol.toStringTag], Map.prototype[Symbol.iterator] === Map.prototype.entries);
const proto = Object.getPrototypeOf(new Map().keys());
console.log(Object.getOwnPropertyNames(proto), proto[Symbol.toStringTag], Object.getPrototypeOf(proto) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
class SubMap extends Map {
  constructor(entries) {
    super(entries);
    this.extra = "field";
  }
}
const sub = new SubMap([[1, 2]]);
console.log(sub.get(1), sub instanceof Map, sub.extra, Object.prototype.toString.call(sub));
