// process.exit() without an argument uses process.exitCode.
process.exitCode = 4;
console.log("exiting");
process.exit();
console.log("unreachable");
