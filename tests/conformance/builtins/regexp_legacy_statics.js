// RegExp.$1-$9, lastMatch, lastParen, leftContext, rightContext, input (V8's legacy statics).
function show(label) {
  console.log(label, JSON.stringify([RegExp.$1, RegExp.$2, RegExp.$3, RegExp.lastMatch, RegExp['$&'], RegExp.lastParen,
    RegExp['$+'], RegExp.leftContext, RegExp['$`'], RegExp.rightContext, RegExp["$'"], RegExp.input, RegExp.$_, RegExp.$9]));
}
show('start');
/(\w+)@(\w+)\.com/.test('mail bob@example.com now');
show('test');
'2024-06-01'.match(/(\d+)-(\d+)-(\d+)/);
show('match');
/nomatch/.exec('zzz');
show('failed exec keeps the previous');
'a1b2c3'.replace(/[a-z](\d)/g, 'x');
show('global replace');
'x-y'.split(/(-)/);
show('after split');
const mime = /^\s*([^;\s]*)/.test('  image/png; charset=x') && RegExp.$1;
console.log('mime-style', mime);
RegExp.input = 'changed';
console.log(RegExp.input, RegExp.$_);
RegExp.lastMatch = 'ignored';
console.log(RegExp.lastMatch);
const descriptor = Object.getOwnPropertyDescriptor(RegExp, '$1');
console.log(typeof descriptor.get, typeof descriptor.set, descriptor.enumerable, descriptor.configurable);
/(a)|(b)/.exec('b');
show('unmatched group');
'Über straße'.match(/(\S+)$/u);
show('unicode');
