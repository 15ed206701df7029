// Primitive values inside containers.
console.log({ n: null, u: undefined, t: true, f: false, num: 3, s: "s" });
console.log([null, undefined, true, 3, "s"]);
console.log({ neg: -1, float: 0.5, exp: 1e100 });
