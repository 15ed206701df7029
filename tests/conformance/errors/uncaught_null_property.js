// Reading through null without a try block ends the program.
const data = { list: null };
console.log("count:", 0);
console.log(data.list.length);
