const yaml = require('js-yaml');
const doc = yaml.load('a: 1\nb:\n  - x\n  - y: [1, 2]\nc: "str"\nd: 2020-01-01\n');
console.log(JSON.stringify(doc)); console.log(yaml.dump({ k: [1, { z: 'q' }], s: 'multi\nline' }));
