// Array.from, Array.of and the Array constructor.
console.log(Array.from("abc"), Array.from([1, 2], (x) => x * 10), Array.from({ length: 3 }));
console.log(Array.from({ length: 2, 0: "a", 1: "b", 2: "ignored" }), Array.from({ length: 3 }, (v, i) => i * i));
console.log(Array.of(7), Array.of(1, 2, 3), Array.of(), Array(3), Array(1, 2), new Array(2, 3));
console.log(Array(3).length, new Array("3"), Array.from([1, , 3]));
