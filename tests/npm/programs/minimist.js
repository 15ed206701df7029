const parse = require('minimist');
console.log(parse(['-a', '1', '--foo=bar', '-xyz', 'pos', '--no-color', '--', 'rest']));
