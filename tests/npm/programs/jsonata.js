const jsonata = require('jsonata');
const data = { Account: { Name: 'Firefly', Order: [{ OrderID: 'o1', Product: [{ Name: 'Bowler Hat', Price: 34.45, Quantity: 2 }, { Name: 'Trilby hat', Price: 21.67, Quantity: 1 }] }, { OrderID: 'o2', Product: [{ Name: 'Cloak', Price: 107.99, Quantity: 1 }, { Name: 'Bowler Hat', Price: 34.45, Quantity: 4 }] }] } };
(async () => {
  for (const q of ['$sum(Account.Order.Product.(Price * Quantity))', 'Account.Order.Product[Price > 30].Name', 'Account.Order{OrderID: $sum(Product.(Price*Quantity))}', '$map(Account.Order, function($o) { $count($o.Product) })',
    'Account.Order.Product^(>Price).Name', '$string(Account.Order[0].Product[0])', '$uppercase(Account.Name) & "-" & $substring(Account.Name, 0, 4)', 'Account.Order.Product.Name ~> $distinct() ~> $join(", ")',
    '($x := 5; $f := function($n) { $n <= 1 ? 1 : $n * $f($n - 1) }; $f($x))', '$formatNumber(1234.5678, "#,##0.00")', '$split("a,b,c", ",")[1]', '[1..5].($ * $)', '$keys(Account)', '$match("ab12cd345", /\\d+/).match']) {
    console.log(q, '=>', JSON.stringify(await jsonata(q).evaluate(data)));
  }
  try { jsonata('Account.('); } catch (e) { console.log(e.code, e.message); }
  try { await jsonata('$undefinedFn(1)').evaluate(data); } catch (e) { console.log(e.code, e.message); }
})();
