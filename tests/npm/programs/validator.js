const v = require('validator');
console.log(v.isEmail('a@b.co'), v.isURL('http://x.com/a?b'), v.isIP('1.2.3.4'), v.escape('<a>'), v.isUUID('not'), v.isCreditCard('4111111111111111'));
