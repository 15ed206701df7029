const data = require('./fixtures/data.json');
console.log(data.title, data.items.length, require('./fixtures/data') === data);
