// process.exit(n) stops the program with code n.
console.log("exiting with 3");
process.exit(3);
console.log("unreachable");
