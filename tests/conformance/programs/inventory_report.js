// Grouping, aggregating and reporting over a list of records.
const orders = [
  { id: 1, customer: "ann", item: "pen", qty: 3, price: 1.2 },
  { id: 2, customer: "bob", item: "book", qty: 1, price: 12.5 },
  { id: 3, customer: "ann", item: "book", qty: 2, price: 12.5 },
  { id: 4, customer: "cid", item: "lamp", qty: 1, price: 30 },
  { id: 5, customer: "bob", item: "pen", qty: 10, price: 1.1 },
  { id: 6, customer: "ann", item: "lamp", qty: 1, price: 28.75 },
  { id: 7, customer: "dee", item: "pen", qty: 0, price: 1.2 },
];
function groupBy(list, keyFn) {
  const groups = {};
  for (const x of list) {
    const k = keyFn(x);
    if (!groups.hasOwnProperty(k)) groups[k] = [];
    groups[k].push(x);
  }
  return groups;
}
function sum(list, f) {
  return list.reduce((acc, x) => acc + f(x), 0);
}
const byCustomer = groupBy(orders, (o) => o.customer);
const report = Object.keys(byCustomer).map((c) => {
  const list = byCustomer[c];
  return {
    customer: c,
    orders: list.length,
    units: sum(list, (o) => o.qty),
    spent: Math.round(sum(list, (o) => o.qty * o.price) * 100) / 100,
  };
});
report.sort((a, b) => b.spent - a.spent);
console.log(report);
const byItem = groupBy(orders.filter((o) => o.qty > 0), (o) => o.item);
for (const item in byItem) {
  const prices = byItem[item].map((o) => o.price);
  console.log(item, "min", Math.min.apply(null, prices), "max", Math.max.apply(null, prices), "units", sum(byItem[item], (o) => o.qty));
}
const best = report[0];
console.log(`best customer: ${best.customer} spent ${best.spent.toFixed(2)} on ${best.units} units`);
const empty = report.filter((r) => r.units === 0).map((r) => r.customer);
console.log("customers with no units:", empty);
console.log(Object.entries(groupBy(orders, (o) => (o.qty * o.price >= 10 ? "large" : "small"))).map((e) => e[0] + ":" + e[1].map((o) => o.id).join("+")));
