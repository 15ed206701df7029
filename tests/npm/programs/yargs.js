const yargs = require('yargs/yargs');
const argv = yargs(['--name', 'kiln', '-v', '3', 'build']).option('v', { type: 'number' }).parse();
console.log(argv.name, argv.v, argv._);
