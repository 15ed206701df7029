// Error options.cause on every constructor, Error.prototype.toString edge cases.
const attempt = (label, run) => {
  try {
    console.log(label, run());
  } catch (error) {
    console.log(label, "threw " + error.name + ": " + error.message);
  }
};
for (const Ctor of [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]) {
  const withCause = new Ctor("m", { cause: Ctor.name });
  const desc = Object.getOwnPropertyDescriptor(withCause, "cause");
  console.log(Ctor.name, withCause.cause, desc.enumerable, desc.writable, desc.configurable, "cause" in new Ctor("m", {}), "cause" in new Ctor("m"));
}
attempt("undefined cause kept", () => new Error("x", { cause: undefined }).hasOwnProperty("cause"));
attempt("getter cause", () => new RangeError("x", { get cause() { return "got"; } }).cause);
attempt("inherited cause", () => new Error("x", Object.create({ cause: "proto" })).cause);
attempt("primitive options", () => new Error("x", 5).hasOwnProperty("cause") + " " + new Error("x", "s").hasOwnProperty("cause"));
attempt("key order", () => Object.getOwnPropertyNames(new Error("m", { cause: 0 })).join());
attempt("no message key", () => Object.getOwnPropertyNames(new Error()).join());
attempt("aggregate cause", () => new AggregateError([1], "agg", { cause: "c" }).cause);
attempt("cause chain", () => new Error("outer", { cause: new Error("inner") }).cause.message);
attempt("toString", () => Error.prototype.toString.call({ name: "N", message: "M" }));
attempt("empty name", () => Error.prototype.toString.call({ name: "", message: "M" }));
attempt("empty message", () => Error.prototype.toString.call({ name: "N", message: "" }));
attempt("plain object", () => Error.prototype.toString.call({}));
attempt("undefined fields", () => Error.prototype.toString.call({ name: undefined, message: undefined }));
attempt("coerced fields", () => Error.prototype.toString.call({ name: 5, message: null }));
attempt("function receiver", () => Error.prototype.toString.call(function named() {}));
attempt("primitive receiver", () => Error.prototype.toString.call(1));
attempt("undefined receiver", () => Error.prototype.toString.call(undefined));
attempt("String(new Error())", () => String(new Error()));
attempt("subclass", () => {
  class MyError extends Error {
    constructor(message, options) {
      super(message, options);
      this.name = "MyError";
    }
  }
  const error = new MyError("boom", { cause: 42 });
  return `${error} ${error.cause} ${error instanceof Error} ${error.stack.split("\n")[0]}`;
});
attempt("message coercion", () => new Error({ toString() { return "objmsg"; } }).message);
attempt("called without new", () => TypeError("plain") instanceof TypeError);
attempt("lengths", () => [Error.length, TypeError.length, AggregateError.length, Error.prototype.toString.length].join());
