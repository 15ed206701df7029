// encodeURI(Component), decodeURI(Component): reserved sets, UTF-8, URIError on malformed input.
const attempt = (label, run) => {
  try {
    console.log(label, JSON.stringify(run()));
  } catch (error) {
    console.log(label, error.name + ": " + error.message);
  }
};
const text = "a b&c=d/é€😀;,/?:@&=+$#-_.!~*'()[]{}|\\^`\"<>%";
attempt("encodeURIComponent", () => encodeURIComponent(text));
attempt("encodeURI", () => encodeURI("http://x.y/a b?q=é€😀&r=1#h;,/?:@&=+$#" + text));
attempt("round trip", () => decodeURIComponent(encodeURIComponent(text)) === text && decodeURI(encodeURI(text)) === text);
attempt("decodeURIComponent", () => decodeURIComponent("%E2%82%AC%F0%9F%98%80%41%2f%23%3b%c3%a9"));
attempt("decodeURI keeps reserved", () => decodeURI("%E2%82%AC%41%2f%23%3B%25%3f%40%26%3D%2B%24%2C%2F%3A"));
attempt("coercion", () => [encodeURIComponent(12.5), encodeURIComponent(null), encodeURI(), decodeURIComponent(true)]);
for (const bad of ["%", "%4", "%zz", "%C0%80", "%ED%A0%80", "%F4%90%80%80", "%E2%82", "%E2%82%", "%80", "%FF", "%E2%41%AC", "abc%", "%F0%9F%98"]) {
  attempt("decode " + bad, () => decodeURIComponent(bad));
}
attempt("decodeURI bad", () => decodeURI("%E0%A4%A"));
attempt("lone high surrogate", () => encodeURIComponent(String.fromCharCode(0xd800)));
attempt("lone low surrogate", () => encodeURIComponent(String.fromCharCode(0xdc00, 0x61)));
attempt("surrogate at end", () => encodeURI("ok" + String.fromCharCode(0xdbff)));
attempt("names", () => [encodeURI.name, encodeURI.length, decodeURIComponent.name, decodeURIComponent.length]);
attempt("descriptor", () => Object.getOwnPropertyDescriptor(globalThis, "encodeURIComponent").enumerable);
try {
  decodeURI("%");
} catch (error) {
  console.log(error instanceof URIError, Object.prototype.toString.call(error), error.constructor === URIError);
}
