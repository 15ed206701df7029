// Containers wider than the line limit are broken over several lines.
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "ddd" });
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "dddd" });
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "ddddddddddddddddd" });
console.log(["aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb", "cccccccccccccccc", "ddddddddddd"]);
console.log({ outer: { inner1: "xxxxxxxxxxxxxxxxxx", inner2: "yyyyyyyyyyyyyyyyyy", inner3: "zzzzzzzzzzzz" } });
console.log({ a: 1, b: { c: 2, d: { e: 3, f: { g: 4 } } } });
console.log([{ name: "first item", value: 1 }, { name: "second item", value: 2 }, { name: "third", value: 3 }]);
