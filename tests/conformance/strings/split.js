// split with string separators and limits.
console.log("a,b,c".split(","), "a,b,c".split(",", 2), "a,b,c".split(",", 0));
console.log("abc".split(""), "abc".split(), "".split(","), "".split(""));
console.log("a,,b,".split(","), "one two  three".split(" "), "a--b--c".split("--"));
console.log("abc".split("x"), "aXbXc".split("X").length, ",".split(","));
