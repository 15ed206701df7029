// RangeErrors from built-ins.
function attempt(label, f) {
  try {
    f();
    console.log(label, "no error");
  } catch (e) {
    console.log(label, e.name, e.message, e instanceof RangeError);
  }
}
attempt("length", () => {
  [].length = -1;
});
attempt("new Array", () => new Array(-1));
attempt("repeat", () => "a".repeat(-1));
attempt("repeat inf", () => "a".repeat(Infinity));
attempt("toFixed", () => (1).toFixed(101));
attempt("toString radix", () => (1).toString(1));
attempt("ok", () => (1).toFixed(100));
