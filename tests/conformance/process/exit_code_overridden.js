// process.exit(n) wins over an earlier process.exitCode.
process.exitCode = 6;
console.log("explicit code wins");
process.exit(7);
