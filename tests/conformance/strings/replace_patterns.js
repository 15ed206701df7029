// Special $ patterns in replacement strings.
console.log("abc".replace("b", "[$&]"), "abc".replace("b", "[$`]"), "abc".replace("b", "[$']"));
console.log("abc".replace("b", "$$"), "abc".replace("b", "$1"), "cost".replace("cost", "$5.00"));
