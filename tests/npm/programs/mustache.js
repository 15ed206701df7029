const Mustache = require('mustache');
console.log(Mustache.render('{{title}}: {{#list}}{{.}},{{/list}} {{{raw}}} {{esc}}', { title: 'T', list: [1,2,3], raw: '<i>', esc: '<i>' }));
