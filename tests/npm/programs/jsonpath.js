const { JSONPath } = require('jsonpath-plus');
const json = { store: { book: [
  { category: 'reference', author: 'Nigel Rees', title: 'Sayings of the Century', price: 8.95 },
  { category: 'fiction', author: 'Evelyn Waugh', title: 'Sword of Honour', price: 12.99 },
  { category: 'fiction', author: 'Herman Melville', title: 'Moby Dick', isbn: '0-553-21311-3', price: 8.99 },
  { category: 'fiction', author: 'J. R. R. Tolkien', title: 'The Lord of the Rings', isbn: '0-395-19395-8', price: 22.99 },
], bicycle: { color: 'red', price: 19.95 } } };
for (const path of ['$.store.book[*].author', '$..author', '$.store.*', '$..book[2]', '$..book[-1:]', '$..book[0,1].title', '$..book[?(@.isbn)].title', '$..book[?(@.price < 10)].title', '$..*[?(@property === "price" && @ > 15)]', '$..book.length'])
  console.log(path, JSON.stringify(JSONPath({ path, json })));
console.log(JSONPath({ path: '$..book[?(@.category === "fiction")]', json, resultType: 'path' }));
console.log(JSONPath({ path: '$.store.bicycle.color', json, wrap: false }), JSONPath.toPathArray("$.a['b'][0]"));
