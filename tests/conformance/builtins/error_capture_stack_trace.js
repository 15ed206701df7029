// Error.captureStackTrace and Error.stackTraceLimit (V8 extensions node exposes).
const attempt = (label, run) => {
  try {
    console.log(label, run());
  } catch (error) {
    console.log(label, "threw " + error.name + ": " + error.message);
  }
};
attempt("plain object", () => {
  const target = {};
  Error.captureStackTrace(target);
  return typeof target.stack + " " + target.stack.split("\n")[0];
});
attempt("named object", () => {
  const target = { name: "Foo", message: "bar" };
  const result = Error.captureStackTrace(target);
  const desc = Object.getOwnPropertyDescriptor(target, "stack");
  return `${result} ${target.stack.split("\n")[0]} ${desc.enumerable} ${desc.writable}`;
});
attempt("error object", () => {
  const error = new RangeError("range");
  Error.captureStackTrace(error);
  return error.stack.split("\n")[0];
});
attempt("frames", () => {
  function inner() {
    const holder = {};
    Error.captureStackTrace(holder);
    return holder.stack.split("\n")[1].trim().split(" ")[0];
  }
  return inner();
});
attempt("primitive", () => Error.captureStackTrace(1));
attempt("length", () => Error.captureStackTrace.length);
attempt("default limit", () => Error.stackTraceLimit);
attempt("limit 0", () => {
  Error.stackTraceLimit = 0;
  const stack = new Error("x").stack;
  Error.stackTraceLimit = 10;
  return JSON.stringify(stack);
});
attempt("limit 1", () => {
  Error.stackTraceLimit = 1;
  const lines = new Error("x").stack.split("\n").length;
  Error.stackTraceLimit = 10;
  return lines;
});
attempt("limit 1.7", () => {
  Error.stackTraceLimit = 1.7;
  const lines = new Error("x").stack.split("\n").length;
  Error.stackTraceLimit = 10;
  return lines;
});
attempt("limit -5", () => {
  Error.stackTraceLimit = -5;
  const stack = new Error("y").stack;
  Error.stackTraceLimit = 10;
  return JSON.stringify(stack);
});
attempt("descriptor", () => JSON.stringify(Object.getOwnPropertyDescriptor(Error, "stackTraceLimit")));
