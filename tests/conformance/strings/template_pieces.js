// Template literals with many pieces: evaluation and conversion order, wide and Latin-1
// pieces mixed, empty pieces, long results, appending in a loop, and errors part-way.
const log = [];
const tracked = (label, text) => ({
  toString() {
    log.push(label);
    return text;
  },
});
const first = () => {
  log.push("eval a");
  return tracked("a", "A");
};
const second = () => {
  log.push("eval b");
  return tracked("b", "\u00e9");
};
const third = () => {
  log.push("eval c");
  return tracked("c", "\u4e2d");
};
console.log(`<${first()}|${second()}|${third()}>`, log.join(","));
console.log(`${""}${""}${""}`.length, `${"x"}${""}${""}`, `a${""}b${""}c`);
console.log(`${1}${2}${3}${4}${5}${6}${7}${8}${9}${10}`, `${-0}/${1e21}/${[1, [2, 3]]}/${null}`);
const wide = `${"\u00ff"}${"\u0100"}${"z"}`;
console.log(wide, wide.length, wide.charCodeAt(0), wide.charCodeAt(1), wide === "\u00ff\u0100z");
const narrow = `${"\u00e9"}${"t"}${"\u00e9"}`;
console.log(narrow, narrow === "\u00e9t\u00e9", narrow.length);
let built = "";
for (let i = 0; i < 3000; i++) {
  built = `${built}${i % 10}${i % 7 === 0 ? "!" : ""},`;
}
console.log(built.length, built.slice(0, 24), built.slice(-12));
const long = `${"ab".repeat(3000)}-${"c".repeat(10)}-${"d".repeat(5)}`;
console.log(long.length, long.slice(5990, 6020));
const key = `k${1}_${2}`;
const table = { [key]: "found" };
console.log(table.k1_2, `${key}` === "k1_2", new Set([`${1}-${2}`, "1-2"]).size);
try {
  console.log(`${"x"}${{ toString() { throw new Error("no string"); } }}${first()}`);
} catch (error) {
  console.log("caught:", error.message, log.slice(-1)[0]);
}
try {
  console.log(`${"a"}${Symbol("s")}${"b"}`);
} catch (error) {
  console.log("caught:", error.constructor.name, error.message);
}
let big = "x".repeat(2 ** 20);
for (let i = 0; i < 8; i++) {
  big = big + big;
}
try {
  console.log(`${big}${big}${big}`.length);
} catch (error) {
  console.log("caught:", error.constructor.name, error.message);
}
