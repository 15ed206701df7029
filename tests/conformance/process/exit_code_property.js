// Setting process.exitCode changes the code used when the program ends normally.
process.exitCode = 5;
console.log("exitCode set");
console.log(process.exitCode);
console.log("program continues");
