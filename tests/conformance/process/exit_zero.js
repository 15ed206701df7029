// process.exit(0) stops the program immediately with code 0.
console.log("before exit");
process.exit(0);
console.log("after exit");
