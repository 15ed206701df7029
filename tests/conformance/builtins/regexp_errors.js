// Syntax errors and TypeErrors with V8's exact messages.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message, e instanceof SyntaxError);
  }
}

var patterns = [
  ['(', ''], [')', ''], ['a)b(', ''], ['*', ''], ['a**', ''], ['+a', ''], ['?', ''], ['[', ''],
  ['[a-', ''], ['(?', ''], ['(?<', ''], ['(?<1a>x)', ''], ['(?<a>x)(?<a>y)', ''], ['\\', ''],
  ['a{2,1}', ''], ['[b-a]', ''], ['^*', ''], ['(?:a', ''], ['(?<=a', ''], ['\\k<x>', 'u'],
  ['(?<a>x)\\k<b>', ''], ['\\p{Foo}', 'u'], ['{', 'u'], [']', 'u'], ['\\q', 'u'],
  ['a{', ''], [']', ''], ['{', ''], ['x{99999999999}', ''], ['\\1(a)', 'u'], ['(?=a)*', ''],
  ['[\\d-a]', ''], ['\\c', ''], ['\\8', ''], ['\\u{12', ''],
];
patterns.forEach(function (pair) {
  attempt('/' + pair[0] + '/' + pair[1], function () { return String(new RegExp(pair[0], pair[1])); });
});

attempt('flags gg', function () { return new RegExp('a', 'gg'); });
attempt('flags x', function () { return new RegExp('a', 'x'); });
attempt('flags uv', function () { return new RegExp('a', 'uv'); });
attempt('flags null', function () { return new RegExp('a', null); });
attempt('flags G', function () { return new RegExp('a', 'G'); });
attempt('flags order in message', function () { return new RegExp('(', 'yig'); });

// Receivers that are not RegExps.
var getter = function (name) { return Object.getOwnPropertyDescriptor(RegExp.prototype, name).get; };
attempt('global getter', function () { return getter('global').call({}); });
attempt('global getter on 1', function () { return getter('global').call(1); });
attempt('sticky getter', function () { return getter('sticky').call([]); });
attempt('source getter', function () { return getter('source').call({}); });
attempt('flags getter', function () { return getter('flags').call(1); });
attempt('flags getter generic', function () { return getter('flags').call({ global: 1, sticky: 'y', unicode: 0, hasIndices: true }); });
attempt('exec', function () { return RegExp.prototype.exec.call({}, 'a'); });
attempt('exec on 1', function () { return RegExp.prototype.exec.call(1, 'a'); });
attempt('test', function () { return RegExp.prototype.test.call(1, 'a'); });
attempt('test generic', function () { return RegExp.prototype.test.call({ exec: function () { return null; } }, 'a'); });
attempt('test bad exec', function () { return RegExp.prototype.test.call({ exec: function () { return 5; } }, 'a'); });
attempt('test exec not callable', function () { return RegExp.prototype.test.call({ exec: 1 }, 'a'); });
attempt('toString', function () { return RegExp.prototype.toString.call(1); });
attempt('compile', function () { return RegExp.prototype.compile.call({}, 'a'); });
attempt('@@match', function () { return RegExp.prototype[Symbol.match].call(1, 'a'); });
attempt('@@matchAll', function () { return RegExp.prototype[Symbol.matchAll].call(1, 'a'); });
attempt('@@replace', function () { return RegExp.prototype[Symbol.replace].call(1, 'a'); });
attempt('@@search', function () { return RegExp.prototype[Symbol.search].call(1, 'a'); });
attempt('@@split', function () { return RegExp.prototype[Symbol.split].call('x', 'a'); });
attempt('iterator next', function () {
  var iterator = 'ab'.matchAll(new RegExp('a', 'g'));
  return Object.getPrototypeOf(iterator).next.call({});
});

// Frozen lastIndex.
var frozen = Object.freeze(new RegExp('a', 'g'));
attempt('frozen exec', function () { return frozen.exec('a'); });
var frozenPlain = Object.freeze(new RegExp('a'));
attempt('frozen non-global exec', function () { return frozenPlain.exec('a')[0]; });

// Species constructor checks.
var badConstructor = new RegExp('a', 'g');
badConstructor.constructor = 1;
attempt('species not an object', function () { return badConstructor[Symbol.split]('a,b'); });
var badSpecies = new RegExp('a', 'g');
var speciesHolder = {};
speciesHolder[Symbol.species] = 1;
badSpecies.constructor = speciesHolder;
attempt('species not a constructor', function () { return badSpecies[Symbol.split]('a,b'); });

// String.prototype.match/matchAll/search argument checks.
attempt('match on null', function () { return String.prototype.match.call(null, 'a'); });
attempt('search on undefined', function () { return String.prototype.search.call(undefined, 'a'); });
attempt('matchAll non-global', function () { return 'abc'.matchAll(new RegExp('a')); });
var noFlags = { flags: undefined };
noFlags[Symbol.match] = true;
attempt('matchAll flags undefined', function () { return 'x'.matchAll(noFlags); });
var badHook = {};
badHook[Symbol.match] = 1;
attempt('match hook not callable', function () { return 'abc'.match(badHook); });
var badSearch = {};
badSearch[Symbol.search] = 'nope';
attempt('search hook not callable', function () { return 'abc'.search(badSearch); });
attempt('match invalid pattern', function () { return 'abc'.match('('); });
