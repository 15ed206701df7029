// Throwing a non-Error value uncaught also exits with code 1.
console.log("about to throw a string");
throw "plain string";
