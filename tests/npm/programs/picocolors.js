const pc = require('picocolors');
const c = pc.createColors(true);
console.log(JSON.stringify(c.red('x') + c.bold(c.blue('y'))));
