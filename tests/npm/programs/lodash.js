const _ = require('lodash');
console.log(_.chunk([1,2,3,4,5], 2), _.uniq([1,1,2,3,3]), _.groupBy(['one','two','three'], 'length'));
console.log(_.camelCase('Foo Bar-baz'), _.kebabCase('fooBarBaz'));
console.log(_.debounce, _.cloneDeep({a:[1,{b:2}]}), _.merge({a:{b:1}}, {a:{c:2}}), _.sortBy([{n:3},{n:1}], 'n'));
