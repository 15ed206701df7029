const figlet = require('figlet');
console.log(figlet.textSync('kiln!'));
console.log(figlet.textSync('Hi', { font: 'Standard', horizontalLayout: 'full' }));
console.log(figlet.textSync('AB', { font: 'Ghost' }));
figlet.text('Ok', { font: 'Small' }, (err, data) => { console.log(err, data); });
console.log(figlet.fontsSync().length > 100, figlet.fontsSync().includes('Doom'));
