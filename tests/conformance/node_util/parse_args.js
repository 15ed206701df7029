// util.parseArgs: options (boolean/string, short, multiple, default), short groups, inline
// values, the -- terminator, positionals, tokens, allowNegative, strict: false, and every
// configuration and usage error with its code.
const { parseArgs } = require('util');
function run(config) {
  try {
    const result = parseArgs(config);
    console.log(JSON.stringify(result));
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}
const options = {
  verbose: { type: 'boolean', short: 'v' },
  name: { type: 'string', short: 'n' },
  tag: { type: 'string', short: 't', multiple: true },
  level: { type: 'string', default: 'info' },
  flag: { type: 'boolean', multiple: true, short: 'f' },
};
run({ args: [], options });
run({ args: ['-v', '--name', 'kiln', '--tag=a', '-t', 'b', '-tc'], options });
run({ args: ['-vn', 'x'], options });
run({ args: ['-vnvalue'], options });
run({ args: ['-ff', '-f'], options });
run({ args: ['--level', 'debug', '--', '--verbose', 'file'], options, allowPositionals: true });
run({ args: ['file', '-v'], options, allowPositionals: true });
run({ args: ['file'], options });
run({ args: ['--unknown'], options });
run({ args: ['-x'], options, allowPositionals: true });
run({ args: ['--name'], options });
run({ args: ['--verbose=yes'], options });
run({ args: ['--name', '--verbose'], options });
run({ args: ['-n', '-v'], options });
run({ args: ['--name=--ok'], options });
run({ args: ['--unknown', 'value', '-abc', '--x=1', 'pos'], strict: false });
run({ args: ['-v', '--name', 'n', 'p', '--', 'q'], options, allowPositionals: true, tokens: true });
run({ args: ['--no-verbose', '--verbose'], options, allowNegative: true });
run({ args: ['--no-verbose'], options, allowNegative: true });
run({ args: ['--no-name'], options, allowNegative: true });
run({ args: ['--no-verbose'], options });
run({ args: ['--__proto__', 'x'], strict: false });
run({ args: ['-'], allowPositionals: true });
run({ args: ['--'], tokens: true });
run({ args: 'nope' });
run({ args: [], strict: 'yes' });
run({ args: [], allowPositionals: 1 });
run({ args: [], tokens: null });
run({ args: [], allowNegative: 'x' });
run({ args: [], options: 'x' });
run({ args: [], options: { a: 'x' } });
run({ args: [], options: { a: {} } });
run({ args: [], options: { a: { type: 'number' } } });
run({ args: [], options: { a: { type: 'string', short: 'ab' } } });
run({ args: [], options: { a: { type: 'string', short: 1 } } });
run({ args: [], options: { a: { type: 'string', multiple: 'yes' } } });
run({ args: [], options: { a: { type: 'string', default: 1 } } });
run({ args: [], options: { a: { type: 'boolean', default: 'x' } } });
run({ args: [], options: { a: { type: 'string', multiple: true, default: ['x', 2] } } });
run({ args: [], options: { a: { type: 'boolean', multiple: true, default: 'x' } } });
run({ args: [], options: { a: { type: 'boolean', multiple: true, default: [true] } } });
console.log(JSON.stringify(parseArgs({ strict: false })));
