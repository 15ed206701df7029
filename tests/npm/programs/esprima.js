const esprima = require('esprima');
console.log(JSON.stringify(esprima.tokenize('var answer = 6 * 7;')));
console.log(esprima.parseScript('if (a) { b(); }').body[0].type);
