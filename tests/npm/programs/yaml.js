const YAML = require('yaml');
console.log(YAML.parse('a: [1, 2]\nb: {c: d}\n'), YAML.stringify({ x: [1, 'two'], y: { z: null } }));
