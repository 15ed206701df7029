const Handlebars = require('handlebars');
const t = Handlebars.compile('Hello {{name}}! {{#each items}}[{{this}}]{{/each}} {{#if ok}}yes{{else}}no{{/if}}');
console.log(t({ name: '<b>', items: [1, 2], ok: false }));
