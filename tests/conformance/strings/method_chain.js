// Chaining string methods.
const input = "   The Quick Brown Fox   ";
const slug = input.trim().toLowerCase().split(" ").join("-");
console.log(slug);
const title = "hello world".split(" ").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
console.log(title);
console.log("abc".split("").reverse().join(""), "x,y" + "-" + 1 + null);
