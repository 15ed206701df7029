// Escape sequences in string literals.
console.log("tab[\t] nl[\\n] backslash[\\] quote[\"] apos[\']");
console.log("\x41\x42\x43", "\u0048\u0069", "\u{1F600}".length, "\u{41}");
console.log("a\
b");
console.log("nul:" + "\0".length, "\v\f\b".length, "\r".charCodeAt(0));
console.log("multi\nline\nstring");
