// console.error writes to stderr, which is not part of stdout.
console.log("to stdout 1");
console.error("to stderr");
console.error({ also: "stderr" });
console.log("to stdout 2");
console.warn("warn goes to stderr too");
console.info("info goes to stdout");
console.debug("debug goes to stdout");
