const { parse } = require('csv-parse/sync'); const Papa = require('papaparse');
console.log(parse('a,b\n1,"x,y"\n2,"q""z"\n', { columns: true }));
console.log(JSON.stringify(Papa.parse('h1,h2\n3,4\n', { header: true, dynamicTyping: true }).data), Papa.unparse([[1, 'a,b'], [2, 'c']]));
