const qs = require('qs');
console.log(qs.parse('a[b][c]=d&e[]=1&e[]=2&f=g%20h'), qs.stringify({ a: { b: [1, 2] }, c: 'd e' }));
