// join converts elements to strings; null and undefined become empty.
console.log([1, 2, 3].join(), [1, 2, 3].join("-"), [1, 2, 3].join(""), [].join());
console.log([null, undefined, 1].join(), [[1, 2], [3]].join(";"), [1, , 3].join("+"));
console.log(["a"].join(", "), [0.1 + 0.2, -0, 1e21].join(" "), [true, {}].join("|"));
