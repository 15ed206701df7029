// toUpperCase and toLowerCase.
console.log("Hello World".toUpperCase(), "Hello World".toLowerCase());
console.log("abc123!?".toUpperCase(), "MiXeD".toLowerCase(), "".toUpperCase() === "");
