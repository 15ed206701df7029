// Rejections and exceptions in async functions: try/catch around await, finally blocks,
// rejected result promises, and errors thrown before the first await.
async function fails(message) {
  await null;
  throw new Error(message);
}
async function catches() {
  try {
    await fails("first");
  } catch (e) {
    console.log("caught", e.message);
  }
  try {
    await Promise.reject(new RangeError("rejected directly"));
  } catch (e) {
    console.log("caught", e.name, e.message);
  } finally {
    console.log("finally after rejection");
  }
  try {
    await { then: (_, reject) => reject("thenable rejection") };
  } catch (e) {
    console.log("caught", e);
  }
  return "recovered";
}
catches().then((v) => console.log("catches resolved", v));

async function throwsEarly() {
  console.log("throwsEarly runs");
  throw new TypeError("before any await");
}
const early = throwsEarly();
console.log("call returned a promise", early instanceof Promise);
early.catch((e) => console.log("early rejection", e.name, e.message));

async function finallyOverrides() {
  try {
    await fails("lost");
  } finally {
    return "finally wins";
  }
}
finallyOverrides().then((v) => console.log(v));

async function rethrows() {
  try {
    await fails("inner");
  } catch (e) {
    throw new Error("outer: " + e.message);
  }
}
rethrows().then(
  () => console.log("not reached"),
  (e) => console.log("rethrows rejected", e.message),
);

async function cleanupOrder() {
  const steps = [];
  try {
    steps.push("try");
    await null;
    steps.push("after await");
    throw "thrown";
  } catch (e) {
    steps.push("catch " + e);
    await null;
    steps.push("await in catch");
  } finally {
    await null;
    steps.push("await in finally");
  }
  return steps.join(" > ");
}
cleanupOrder().then(console.log);

// errors thrown by a thenable's then method
const badThenable = {
  then() {
    throw new Error("then threw");
  },
};
(async () => {
  try {
    await badThenable;
  } catch (e) {
    console.log("bad thenable:", e.message);
  }
})();

// a rejected promise awaited in a loop stops it
async function loopUntilFailure() {
  let i = 0;
  try {
    for (;;) {
      await (i < 3 ? Promise.resolve(i) : Promise.reject(new Error("stop at " + i)));
      i++;
    }
  } catch (e) {
    return e.message;
  }
}
loopUntilFailure().then(console.log);

// Promise.allSettled over async functions
Promise.allSettled([fails("a"), catches(), fails("b")]).then((results) =>
  console.log(results.map((r) => r.status + ":" + (r.reason ? r.reason.message : r.value)).join(" | ")),
);
