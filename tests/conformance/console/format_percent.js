// %% escapes, missing arguments, extra arguments and unknown specifiers.
console.log("100%%");
console.log("%s%%", 50);
console.log("%s %s", "only one");
console.log("%d%s", 1);
console.log("%x %s", "a");
console.log("trailing %");
console.log("%s", "a", "b", 3, { c: 4 });
console.log(5, "%s", "x");
console.log("%c styled", "color: red");
console.log("%", 1);
console.log("a%sb%sc", "-", "+");
