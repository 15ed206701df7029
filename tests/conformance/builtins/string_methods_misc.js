// Assorted string methods used together.
const csv = "name,age\nann,30\nbob,25";
const rows = csv.split("\n").map((line) => line.split(","));
console.log(rows);
const total = rows.slice(1).reduce((sum, r) => sum + parseInt(r[1], 10), 0);
console.log(total);
console.log("abc".at(-1), "a-b-c".lastIndexOf("-"), " x ".trimStart() + "|");
