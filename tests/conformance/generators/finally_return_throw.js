// return() and throw() on generators: finally blocks run, may yield again, and closed or
// unstarted generators complete without running their bodies.
function* guarded(label) {
  try {
    yield label + 1;
    yield label + 2;
  } finally {
    console.log("finally", label);
  }
}
let it = guarded("a");
console.log(it.next());
console.log(it.return("R"));
console.log(it.next());

it = guarded("b");
console.log(it.return("never started"));
console.log(it.next());

it = guarded("c");
try {
  it.throw(new Error("before start"));
} catch (e) {
  console.log("caught", e.message);
}
console.log(it.next());

it = guarded("d");
it.next();
try {
  it.throw(new Error("inside"));
} catch (e) {
  console.log("propagated", e.message);
}
console.log(it.next());

// a finally that yields: return() suspends inside it
function* stubborn() {
  try {
    yield 1;
  } finally {
    yield "cleanup 1";
    yield "cleanup 2";
    console.log("finally done");
  }
  console.log("not reached");
}
it = stubborn();
console.log(it.next(), it.return("R"), it.next(), it.next(), it.next());

// a finally that returns overrides the return value
function* override() {
  try {
    yield 1;
  } finally {
    return "from finally";
  }
}
it = override();
it.next();
console.log(it.return("ignored"));

// throw() caught inside keeps the generator going
function* resilient() {
  let errors = 0;
  while (true) {
    try {
      const v = yield errors;
      console.log("value", v);
    } catch (e) {
      errors++;
      console.log("caught", e);
    }
  }
}
it = resilient();
it.next();
console.log(it.throw("e1"));
console.log(it.next("v1"));
console.log(it.throw("e2"));
console.log(it.return("done"));
console.log(it.throw === Object.getPrototypeOf(Object.getPrototypeOf(it)).throw);

// nested try/catch/finally across yields
function* nested() {
  try {
    try {
      yield "inner";
      throw new Error("oops");
    } catch (e) {
      yield "caught " + e.message;
    } finally {
      yield "inner finally";
    }
    yield "after";
  } finally {
    console.log("outer finally");
  }
}
console.log([...nested()]);
it = nested();
it.next();
it.next();
console.log(it.return("early"), it.next(), it.next());

// a throwing body completes the generator
function* thrower() {
  yield 1;
  throw new TypeError("bad");
}
it = thrower();
it.next();
try {
  it.next();
} catch (e) {
  console.log(e.name, e.message);
}
console.log(it.next(), it.return(5));
try {
  it.throw("again");
} catch (e) {
  console.log("rethrown", e);
}
