// An uncaught exception exits with 1 even when process.exitCode was set.
process.exitCode = 9;
console.log("throwing");
throw new Error("uncaught");
