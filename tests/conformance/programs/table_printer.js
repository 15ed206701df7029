// Formatting data as aligned text tables.
function table(columns, rows) {
  const widths = columns.map((c) => c.title.length);
  const cells = rows.map((row) =>
    columns.map((c, i) => {
      const raw = row[c.key];
      const text = c.format ? c.format(raw) : String(raw);
      if (text.length > widths[i]) widths[i] = text.length;
      return text;
    })
  );
  function line(parts) {
    return "| " + parts.join(" | ") + " |";
  }
  function pad(text, i) {
    return columns[i].align === "right" ? text.padStart(widths[i]) : text.padEnd(widths[i]);
  }
  const sep = "+" + widths.map((w) => "-".repeat(w + 2)).join("+") + "+";
  const out = [sep, line(columns.map((c, i) => c.title.padEnd(widths[i]))), sep];
  for (const r of cells) out.push(line(r.map(pad)));
  out.push(sep);
  return out.join("\n");
}
const products = [
  { name: "Widget", qty: 12, price: 3.5 },
  { name: "Gadget", qty: 3, price: 19.99 },
  { name: "Thingamajig", qty: 150, price: 0.25 },
  { name: "Doohickey", qty: 0, price: 1234.5 },
];
const columns = [
  { key: "name", title: "Product" },
  { key: "qty", title: "Qty", align: "right" },
  { key: "price", title: "Price", align: "right", format: (v) => v.toFixed(2) },
  { key: "total", title: "Total", align: "right", format: (v) => v.toFixed(2) },
];
for (const p of products) p.total = p.qty * p.price;
console.log(table(columns, products));
let grand = 0;
for (const p of products) grand += p.total;
console.log("Grand total: " + grand.toFixed(2));
const squares = [];
for (let i = 1; i <= 5; i++) squares.push({ n: i, sq: i * i, cube: i ** 3, hex: i * 4095 });
console.log(table([
  { key: "n", title: "n", align: "right" },
  { key: "sq", title: "n^2", align: "right" },
  { key: "cube", title: "n^3", align: "right" },
  { key: "hex", title: "hex", format: (v) => "0x" + v.toString(16).toUpperCase() },
], squares));
console.log(table([{ key: "x", title: "Empty" }], []));
