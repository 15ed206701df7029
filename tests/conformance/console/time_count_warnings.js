// console.time/timeLog/timeEnd and the warnings for unknown or repeated labels; console.trace.
const { Writable } = require('stream');
const lines = [];
const sink = new Writable({ write(chunk, encoding, callback) { lines.push(chunk.toString().replace(/\d+(\.\d+)?ms/, 'Nms')); callback(); } });
const custom = new console.Console(sink);
process.on('warning', (warning) => console.log('warning:', warning.name, warning.message));

custom.time();
custom.timeLog();
custom.timeLog('default', 'extra', { data: 1 });
custom.timeEnd();
custom.timeEnd();
custom.time('label');
custom.time('label');
custom.timeLog('missing');
custom.timeEnd('label');
custom.countReset('never');
console.time('global');
console.timeEnd('nothing');
console.countReset('nothing');
let spin = 0;
for (let i = 0; i < 1e5; i++) spin += i;
console.log(spin);
process.nextTick(() => console.log(JSON.stringify(lines)));
