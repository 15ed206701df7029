const { Command } = require('commander');
const program = new Command();
program.name('tool').option('-d, --debug', 'debug').option('-p, --port <n>', 'port', '80').argument('<file>');
program.parse(['node', 'tool', '-d', '-p', '8080', 'a.txt']);
console.log(program.opts(), program.args);
console.log(program.helpInformation());
