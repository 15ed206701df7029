// Object.prototype.toString and default string conversion of objects.
console.log(String({}), ({}).toString(), {} + "");
const ts = Object.prototype.toString;
console.log(ts.call([]), ts.call(null), ts.call(undefined), ts.call(1), ts.call("s"));
console.log(ts.call(true), ts.call(function () {}), ts.call(new Error("e")), ts.call(Object.create(null)));
