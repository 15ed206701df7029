const md = require('markdown-it')();
console.log(md.render('# h\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quote\n\n1. x\n2. y\n\n~~strike~~ http://auto.link'));
