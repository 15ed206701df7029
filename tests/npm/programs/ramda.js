const R = require('ramda');
console.log(R.pipe(R.map(x => x * 2), R.filter(x => x > 2), R.sum)([1, 2, 3]), R.groupBy(x => x % 2 ? 'odd' : 'even', [1,2,3,4]), R.curry((a, b, c) => a + b + c)(1)(2)(3));
