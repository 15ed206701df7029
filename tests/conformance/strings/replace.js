// replace with a string pattern replaces the first occurrence only.
console.log("a-b-c".replace("-", "+"), "aaa".replace("a", "b"), "abc".replace("x", "y"));
console.log("hello".replace("", "_"), "hello".replace("l", ""), "x".replace("x", "yy"));
console.log("a.b".replace(".", "[dot]"), "price: 5".replace("5", 5 * 2));
console.log("abc".replace("b", function (m) { return m.toUpperCase() + "!"; }));
