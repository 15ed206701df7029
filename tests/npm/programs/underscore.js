const _ = require('underscore');
console.log(_.map([1, 2, 3], n => n * 3), _.pluck([{a:1},{a:2}], 'a'));
