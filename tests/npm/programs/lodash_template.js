const _ = require('lodash');
console.log(_.template('hi <%= name %>!')({ name: 'bob' }));
