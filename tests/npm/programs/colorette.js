const { createColors, isColorSupported } = require('colorette');
const c = createColors({ useColor: true });
console.log(JSON.stringify(c.blue('b')), JSON.stringify(c.bold(`x ${c.red('r')} ${c.underline(c.green('ug'))} y`)), JSON.stringify(c.bgRedBright(c.whiteBright('w'))));
const n = createColors({ useColor: false });
console.log(n.red('plain'), typeof isColorSupported);
