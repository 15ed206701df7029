// Async generators consumed with next() chains: requests queue up, yield awaits its
// operand, return() and throw() settle in order.
async function* letters() {
  console.log("body starts");
  const x = yield "a";
  console.log("got", x);
  yield Promise.resolve("b (awaited)");
  try {
    yield "c";
  } finally {
    console.log("letters finally");
  }
  return "end";
}
const it = letters();
console.log("created", Object.prototype.toString.call(it), it);
it.next("ignored")
  .then((r) => {
    console.log(r);
    return it.next("X");
  })
  .then((r) => {
    console.log(r);
    return it.next();
  })
  .then((r) => {
    console.log(r);
    return it.next();
  })
  .then((r) => {
    console.log(r);
    return it.next();
  })
  .then((r) => console.log("after end", r))
  .then(queued);

// several next() calls at once are queued and served in order
function queued() {
  async function* slow() {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 3));
      yield i;
    }
  }
  const g = slow();
  const pending = [g.next(), g.next(), g.next(), g.next(), g.next()];
  return Promise.all(pending).then((results) => {
    console.log(results.map((r) => r.value + "/" + r.done).join(" "));
    return closing();
  });
}

// return() and throw()
async function closing() {
  async function* guarded() {
    try {
      yield 1;
      yield 2;
    } finally {
      console.log("guarded finally");
    }
  }
  let g = guarded();
  console.log(await g.next());
  console.log(await g.return("R"));
  console.log(await g.next());

  g = guarded();
  console.log("return before start", await g.return(Promise.resolve("awaited R")));
  g = guarded();
  try {
    await g.throw(new Error("before start"));
  } catch (e) {
    console.log("throw before start:", e.message);
  }
  console.log(await g.next());

  async function* catcher() {
    while (true) {
      try {
        yield "ready";
      } catch (e) {
        console.log("catcher caught", e);
      }
    }
  }
  g = catcher();
  await g.next();
  console.log(await g.throw("oops"));
  console.log(await g.return("bye"));

  async function* rejecting() {
    yield 1;
    yield Promise.reject(new Error("rejected yield"));
    yield 3;
  }
  g = rejecting();
  console.log(await g.next());
  try {
    await g.next();
  } catch (e) {
    console.log("rejected:", e.message);
  }
  console.log(await g.next());

  async function* withAwait() {
    const a = await Promise.resolve(1);
    const b = await new Promise((r) => setTimeout(() => r(2), 1));
    yield a + b;
    return await Promise.resolve("returned");
  }
  g = withAwait();
  console.log(await g.next(), await g.next(), await g.next());

  async function* proto() {}
  const AsyncGeneratorPrototype = Object.getPrototypeOf(proto.prototype);
  const AsyncIteratorPrototype = Object.getPrototypeOf(AsyncGeneratorPrototype);
  console.log(typeof AsyncIteratorPrototype[Symbol.asyncIterator], proto()[Symbol.asyncIterator]() instanceof proto);
  console.log(Object.getOwnPropertyNames(AsyncGeneratorPrototype).sort(), AsyncGeneratorPrototype[Symbol.toStringTag]);
  console.log(proto, Object.getPrototypeOf(proto)[Symbol.toStringTag]);
  try {
    await AsyncGeneratorPrototype.next.call({});
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
  console.log("done");
}
