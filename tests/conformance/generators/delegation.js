// yield*: delegation to generators, arrays, strings and hand-written iterators, with next,
// throw and return forwarded.
function* inner() {
  const a = yield "i1";
  console.log("inner got", a);
  yield "i2";
  return "inner result";
}
function* outer() {
  const result = yield* inner();
  console.log("yield* evaluated to", result);
  yield* [10, 20];
  yield* "hé😀";
  yield* new Set(["s"]);
  return "outer result";
}
const it = outer();
console.log(it.next("x"), it.next("y"));
console.log([...outer()]);

// throw forwarded into the inner generator, which catches it
function* catching() {
  try {
    yield 1;
  } catch (e) {
    console.log("inner caught", e);
    yield "recovered";
  } finally {
    console.log("inner finally");
  }
  return "inner done";
}
function* wrapper() {
  const r = yield* catching();
  yield "wrapper saw " + r;
}
let w = wrapper();
console.log(w.next(), w.throw("E"), w.next(), w.next());

// return forwarded: inner finally runs, outer finishes with the value
w = wrapper();
w.next();
console.log(w.return("R"), w.next());

// a user iterator: results pass through unchanged, next() receives the sent value
const source = {
  [Symbol.iterator]() {
    let n = 0;
    return {
      next(v) {
        console.log("next", v);
        n++;
        return n < 3 ? { value: n, done: false, extra: "kept" } : { value: "fin", done: true };
      },
      return(v) {
        console.log("return", v);
        return { value: v, done: true };
      },
    };
  },
};
function* viaSource() {
  const r = yield* source;
  console.log("source returned", r);
}
let s = viaSource();
console.log(s.next("a"), s.next("b"), s.next("c"));
s = viaSource();
s.next();
console.log(s.return("stop"));

// an iterator without throw(): closed, then TypeError
const noThrow = {
  [Symbol.iterator]() {
    return {
      next() {
        return { value: 1, done: false };
      },
      return() {
        console.log("closing");
        return {};
      },
    };
  },
};
function* d() {
  yield* noThrow;
}
s = d();
s.next();
try {
  s.throw(new Error("z"));
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// an iterator without return(): return() finishes the outer generator directly
const bare = {
  [Symbol.iterator]() {
    return {
      next() {
        return { value: "b", done: false };
      },
    };
  },
};
function* e() {
  try {
    yield* bare;
  } finally {
    console.log("outer finally");
  }
}
s = e();
s.next();
console.log(s.return(7));
// throw() into an array delegation
function* f() {
  yield* [1, 2];
}
s = f();
s.next();
try {
  s.throw("x");
} catch (err) {
  console.log(err.constructor.name, err.message);
}
// non-object results
const broken = { [Symbol.iterator]: () => ({ next: () => 5 }) };
function* h() {
  yield* broken;
}
try {
  h().next();
} catch (err) {
  console.log(err.constructor.name, err.message);
}
// recursive delegation
function* tree(node) {
  if (!node) return;
  yield* tree(node.left);
  yield node.value;
  yield* tree(node.right);
}
const root = { value: 4, left: { value: 2, left: { value: 1 }, right: { value: 3 } }, right: { value: 6, left: { value: 5 } } };
console.log([...tree(root)].join(" "));
