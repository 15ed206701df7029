// Strings with newlines inside objects stay on one line, escaped.
console.log({ text: "line one\nline two", path: "a\\b" });
console.log(["multi\nline"]);
