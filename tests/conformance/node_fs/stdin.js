// Reading standard input to its end: readFileSync(0) and readFileSync('/dev/stdin') (the
// harness, like record.sh, runs cases with stdin from /dev/null), fstat of descriptor 0, and
// writing to descriptors 1 and 2 in order with console.log.
const fs = require('fs');

console.log('fd 0', JSON.stringify(fs.readFileSync(0, 'utf8')));
console.log('/dev/stdin', JSON.stringify(fs.readFileSync('/dev/stdin', 'utf8')));
console.log('fd 0 again', JSON.stringify(fs.readFileSync(0, { encoding: 'latin1' })));
console.log('stdin is not a directory', fs.fstatSync(0).isDirectory());
fs.readFile(0, 'utf8', (err, data) => {
  console.log('async stdin', err, JSON.stringify(data));
  fs.writeSync(1, 'written to fd 1 from a callback\n');
});
console.log('before writeSync');
fs.writeSync(1, 'written to fd 1\n');
console.log('after writeSync');
fs.writeFileSync(1, 'writeFileSync to fd 1\n');
fs.writeSync(2, 'to stderr\n');
console.log('end of main');
