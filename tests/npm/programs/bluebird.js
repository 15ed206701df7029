const Promise = require('bluebird');
Promise.map([1, 2, 3], x => Promise.delay(5).then(() => x * 2)).then(r => console.log(r));
Promise.props({ a: 1, b: Promise.resolve(2) }).then(console.log);
