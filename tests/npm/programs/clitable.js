const Table = require('cli-table3'); const stripAnsi = require('strip-ansi');
const t = new Table({ head: ['Name', 'Qty'], style: { head: [], border: [] } });
t.push(['apple', 3], ['banana', 12]);
console.log(stripAnsi(t.toString()));
