// RegExp.prototype[Symbol.match|matchAll|replace|search|split] called directly, and the
// String.prototype.match/matchAll/search paths that reach them.
function re(pattern, flags) {
  return new RegExp(pattern, flags);
}

// @@match.
console.log(re('\\d+', 'g')[Symbol.match]('a1b22c333'));
console.log(re('(\\d)(\\d)?')[Symbol.match]('a1b22'));
console.log(re('x', 'g')[Symbol.match]('abc'), re('', 'g')[Symbol.match]('abc'));
console.log(re('', 'gu')[Symbol.match]('\ud83d\ude00x'), re('', 'g')[Symbol.match]('\ud83d\ude00x').length);
console.log('xAbC'.match(re('[a-z]', 'gi')), 'abc'.match('b').index, 'a.c'.match('.').index);
console.log('abc'.match(), 'abc'.match(null), 'a+b'.match('\\+').index);

// @@search keeps lastIndex.
var searcher = re('c', 'g');
searcher.lastIndex = 2;
console.log(searcher[Symbol.search]('abcabc'), searcher.lastIndex);
console.log('abc'.search(re('c')), 'abc'.search('z'), 'abc'.search(), 'a.c'.search('.'));

// @@matchAll and the RegExp String Iterator.
var iterator = 'a1b22c333'.matchAll(re('\\d+', 'g'));
console.log(Object.prototype.toString.call(iterator), iterator[Symbol.toStringTag]);
console.log(typeof iterator.next, iterator[Symbol.iterator]() === iterator);
var all = [];
for (var match of iterator) all.push(match[0] + '@' + match.index);
console.log(all, iterator.next());
console.log([...'x'.matchAll(re('', 'g'))].map(function (m) { return m.index; }));
console.log([...'ab'.matchAll('.')].length, [...'a.b'.matchAll('.')].map(function (m) { return m.index; }));
var source = re('o', 'g');
source.lastIndex = 2;
console.log([...source[Symbol.matchAll]('foo boo')].map(function (m) { return m.index; }), source.lastIndex);
var nonGlobal = re('o')[Symbol.matchAll]('foo');
console.log(nonGlobal.next().value.index, nonGlobal.next().done);

// @@replace with templates.
var replace = function (pattern, flags, input, replacement) {
  return re(pattern, flags)[Symbol.replace](input, replacement);
};
console.log(replace('b', '', 'abc', '$0 $00 $1 $01 $10 [$&] [$`] [$\'] $$ $< $<x> $'));
console.log(replace('(?<x>b)', '', 'abc', '[$<x>] [$<y>] [$<x] $1 $2 $01 $001 $10'));
console.log(replace('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', '', 'abcdefghijkl', '$11-$10-$1-$12-$111-$0'));
console.log(replace('o', 'g', 'foo boo', '0'), replace('o', '', 'foo', '0'), replace('x', 'g', 'foo', '0'));
console.log(replace('', 'g', 'abc', '-'), replace('', 'gu', '\ud83d\ude00', '-').length);
console.log(replace('(\\w+)\\s(\\w+)', '', 'John Smith', '$2, $1'));
console.log(replace('b', 'g', 'abcb', 7), replace('b', '', 'abc', undefined));

// @@replace with a replacer function: (match, p1.., offset, string, groups).
console.log(re('(\\d)(x)?', 'g')[Symbol.replace]('a1b2x', function () {
  var args = Array.prototype.slice.call(arguments);
  return '[' + args.map(function (arg) { return typeof arg === 'object' ? 'groups' : String(arg); }).join(',') + ']';
}));
console.log(re('(?<digit>\\d)', 'g')[Symbol.replace]('a1b2', function (match, digit, offset, input, groups) {
  return '<' + groups.digit + offset + input.length + '>';
}));
console.log(re('x', 'gi')[Symbol.replace]('aXbxc', function (m) { return '(' + m + ')'; }));

// A replacer sees lastIndex as the finished match loop left it.
var observed = re('a', 'g');
observed.lastIndex = 2;
console.log(observed[Symbol.replace]('aXa', function () { return observed.lastIndex; }), observed.lastIndex);
var stickyObserved = re('a', 'y');
console.log(stickyObserved[Symbol.replace]('aXa', function () { return stickyObserved.lastIndex; }), stickyObserved.lastIndex);

// @@replace follows exec's results (custom exec).
var custom = re('z', 'g');
var calls = 0;
custom.exec = function (s) {
  calls++;
  if (calls > 2) return null;
  var result = ['zz'];
  result.index = calls;
  result.groups = { name: 'N' + calls };
  return result;
};
console.log(custom[Symbol.replace]('abcdef', '($<name>:$&)'), calls);

// @@split.
var split = function (pattern, flags, input, limit) {
  return re(pattern, flags)[Symbol.split](input, limit);
};
console.log(split(',', '', 'a,b,,c'), split(',', '', 'a,b,c', 2), split(',', '', 'abc', 0));
console.log(split('(\\d)+', '', 'a1b22c333'), split('(?:)', '', 'abc'), split('', 'u', '\ud83d\ude00x'));
console.log(split('', '', '\ud83d\ude00x').length, split('t', '', 'test', 1), split('a', '', ''), split('', '', ''));
console.log(split('\\s*;\\s*', '', 'a ; b;c  ;d'), split('(-)|(\\+)', '', '1-2+3'));
console.log(split('x', 'y', 'axbxc'), split('b', 'g', 'abcbd'), split('$', 'm', 'a\nb'));

// @@split uses the species constructor.
class Splitter extends RegExp {}
console.log(new Splitter(',')[Symbol.split]('1,2'));
var speciesCalls = [];
class Tracked extends RegExp {
  static get [Symbol.species]() {
    return function (source, flags) {
      speciesCalls.push(String(flags));
      return new RegExp(source, flags);
    };
  }
}
console.log(new Tracked('-', 'g')[Symbol.split]('a-b'), speciesCalls);

// String methods dispatch to objects with the hooks.
var hooks = {};
hooks[Symbol.match] = function (s) { return 'match:' + s; };
hooks[Symbol.search] = function (s) { return 'search:' + s; };
var allHook = {};
allHook[Symbol.matchAll] = function (s) { return 'matchAll:' + s; };
console.log('str'.match(hooks), 'str'.search(hooks), 'str'.matchAll(allHook));
