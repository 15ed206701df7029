// String comparison is by UTF-16 code unit.
console.log("a" < "b", "B" < "a", "abc" < "abd", "abc" < "ab", "" < "a");
console.log("10" < "9", "10" < 9, "Z" < "a", "a" > "A", "é" > "z");
console.log("abc" === "abc", "abc" == "ab" + "c", "a" <= "a", "b" >= "c");
const words = ["pear", "Apple", "banana", "apple", "Banana"];
words.sort();
console.log(words);
