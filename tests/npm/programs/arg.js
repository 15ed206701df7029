const arg = require('arg');
const spec = { '--help': Boolean, '--version': Boolean, '--verbose': arg.COUNT, '--port': Number, '--name': String, '--tag': [String], '-v': '--verbose', '-n': '--name', '-p': '--port' };
console.log(arg(spec, { argv: ['--port=1234', '-vvv', '-n', 'bob', '--tag', 'a', '--tag=b', 'extra', 'x'] }));
console.log(arg(spec, { argv: ['--port', '1', '--zzz', 'y'], permissive: true }));
console.log(arg(spec, { argv: ['rest', '--help'], stopAtPositional: true }));
for (const bad of [['--zzz'], ['--port'], ['--name', '--port']]) {
  try { arg(spec, { argv: bad }); } catch (e) { console.log(e.name, e.code, e.message); }
}
