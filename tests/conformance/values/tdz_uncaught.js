// An uncaught TDZ ReferenceError ends the program with exit code 1.
console.log("before");
console.log(notYet);
let notYet = 1;
console.log("never printed");
