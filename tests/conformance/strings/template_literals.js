// Template literals with interpolation of every kind of value.
const name = "kiln";
const n = 3;
console.log(`hello ${name}, ${n} + 1 = ${n + 1}`);
console.log(`${null} ${undefined} ${true} ${-0} ${NaN} ${1e21} ${0.1 + 0.2}`);
console.log(`${[1, 2, [3, 4]]} ${{}} ${[]}|`);
console.log(`nested ${`inner ${n * 2}`} done`);
console.log(`multi
line`);
console.log(`escaped \${not} \` backtick`);
const obj = { toString() { return "custom"; } };
console.log(`${obj}`);
function f(x) { return `<${x}>`; }
console.log(`${f("a")}${f(1)}`, `${""}`.length);
