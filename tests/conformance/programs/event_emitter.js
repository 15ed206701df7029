// An event emitter implemented with closures only.
function createEmitter() {
  const listeners = {};
  function on(event, fn) {
    (listeners[event] || (listeners[event] = [])).push(fn);
    return function off() {
      const list = listeners[event];
      const i = list.indexOf(fn);
      if (i >= 0) list.splice(i, 1);
    };
  }
  function once(event, fn) {
    const off = on(event, function wrapper() {
      off();
      return fn.apply(this, arguments);
    });
    return off;
  }
  function emit(event) {
    const list = listeners[event];
    if (!list || list.length === 0) return false;
    const args = Array.prototype.slice.call(arguments, 1);
    for (const fn of list.slice()) {
      try {
        fn.apply(null, args);
      } catch (e) {
        emit("error", e, event);
      }
    }
    return true;
  }
  function count(event) {
    return listeners[event] ? listeners[event].length : 0;
  }
  return { on, once, emit, count };
}

const bus = createEmitter();
const log = [];
const offA = bus.on("data", (x) => log.push("A" + x));
bus.on("data", (x, y) => log.push("B" + x + (y === undefined ? "" : y)));
bus.once("data", (x) => log.push("once" + x));
bus.on("error", (e, from) => log.push("error from " + from + ": " + e.message));
bus.on("boom", () => {
  throw new Error("listener failed");
});
console.log(bus.emit("data", 1), log.join(" "));
log.length = 0;
console.log(bus.emit("data", 2, "!"), log.join(" "));
offA();
offA();
log.length = 0;
bus.emit("data", 3);
console.log(log.join(" "), bus.count("data"));
log.length = 0;
console.log(bus.emit("boom"), log);
console.log(bus.emit("nobody"), bus.count("nobody"));
function createCounter(emitter) {
  let total = 0;
  emitter.on("add", (n) => {
    total += n;
    if (total > 10) emitter.emit("overflow", total);
  });
  return () => total;
}
const counter = createCounter(bus);
bus.on("overflow", (t) => console.log("overflow at", t));
for (let i = 1; i <= 6; i++) bus.emit("add", i);
console.log("total", counter());
