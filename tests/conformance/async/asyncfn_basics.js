// Async functions: run synchronously to the first await, return a promise, await values,
// promises and thenables, and settle with the return value or the exception.
async function double(x) {
  console.log("double starts with", x);
  const v = await x;
  console.log("double resumed with", v);
  return v * 2;
}
const p = double(21);
console.log("after the call", p instanceof Promise, Object.prototype.toString.call(p));
p.then((v) => console.log("double resolved", v));

async function noAwait() {
  console.log("noAwait body runs now");
  return "plain";
}
noAwait().then((v) => console.log("noAwait resolved", v));

async function awaitsEverything() {
  console.log("number", await 1);
  console.log("string", await "s");
  console.log("undefined", await undefined);
  console.log("object", await { a: 1 });
  console.log("promise", await Promise.resolve("resolved value"));
  console.log("nested", await Promise.resolve(Promise.resolve("deep")));
  const thenable = {
    then(resolve) {
      console.log("thenable.then called");
      resolve("thenable value");
    },
  };
  console.log("thenable", await thenable);
  const delayed = new Promise((resolve) => setTimeout(() => resolve("later"), 5));
  console.log("timer", await delayed);
  return "all done";
}
awaitsEverything().then((v) => console.log(v));

// an async function returning a promise adopts it
async function returnsPromise() {
  return Promise.resolve("adopted");
}
returnsPromise().then((v) => console.log("returnsPromise", v));

// async arrows, methods, this and arguments
const obj = {
  name: "obj",
  async method() {
    await null;
    return this.name;
  },
  arrow() {
    return (async () => {
      await null;
      return this.name + " via arrow";
    })();
  },
};
obj.method().then(console.log);
obj.arrow().then(console.log);
class Service {
  constructor() {
    this.calls = 0;
  }
  async call(n) {
    this.calls++;
    await null;
    return n + this.calls;
  }
  static async create() {
    const s = new Service();
    await s.call(0);
    return s;
  }
}
Service.create().then((s) => console.log("service calls", s.calls));
async function withArgs() {
  await null;
  return Array.prototype.slice.call(arguments).join("+");
}
withArgs(1, 2, 3).then(console.log);

// the function objects
async function named() {}
console.log(named, async () => {}, typeof named);
console.log(Object.getOwnPropertyNames(named), named.prototype);
console.log(Object.getPrototypeOf(named)[Symbol.toStringTag], Object.getPrototypeOf(named).constructor.name);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(named)) === Function.prototype);
try {
  new named();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log("end of script");
