import parser from 'yargs-parser';
const argv = ['--name', 'kiln', '-abc', '--no-color', '--count=3', '-n', '5', '--list', 'a', '--list', 'b', 'file1', '--', '--raw', 'x'];
console.log(parser(argv, { boolean: ['color'], number: ['n'], array: ['list'], configuration: { 'populate--': true } }));
console.log(parser('--foo.bar=1 --foo.baz two -vvv --camel-case yes', { count: ['v'], alias: { verbose: 'v' } }));
console.log(parser.detailed(['--x', '--y=notnum'], { number: ['y'] }).error);
console.log(parser(['--no-flag', '--size', '10kb', '--neg', '-5'], { coerce: { size: (s) => parseInt(s, 10) * 1024 } }));
