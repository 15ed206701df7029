// slice, substring and substr, including negative and swapped arguments.
const s = "0123456789";
console.log(s.slice(2), s.slice(2, 5), s.slice(-3), s.slice(-3, -1), s.slice(5, 2) === "");
console.log(s.substring(2, 5), s.substring(5, 2), s.substring(-3), s.substring(3, -1), s.substring(20));
console.log(s.substr(2, 3), s.substr(-3, 2), s.substr(8), s.substr(2, 0) === "");
console.log(s.slice(), s.slice(NaN, 3), s.slice(1.7, 4.2));
