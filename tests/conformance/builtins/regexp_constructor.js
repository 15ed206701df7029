// RegExp constructor forms, flags, source escaping, toString and the flag getters.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}

var re = new RegExp('a+b', 'gi');
console.log(re.source, re.flags, re.global, re.ignoreCase, re.multiline, re.sticky, re.unicode);
console.log(re.dotAll, re.hasIndices, re.unicodeSets, re.lastIndex, String(re));
console.log(RegExp.length, RegExp.name, typeof RegExp.prototype.exec);

// Identity rules: RegExp(re) returns re itself; new RegExp(re) copies.
console.log(RegExp(re) === re, new RegExp(re) === re, RegExp(re, 'g') === re);
console.log(String(new RegExp(re)), String(new RegExp(re, 'm')), String(RegExp(re, 'y')));
var copy = new RegExp(re);
console.log(copy.lastIndex, copy.flags, copy.source === re.source);

// Pattern and flag coercions.
console.log(String(new RegExp()), String(new RegExp(undefined)), String(new RegExp(undefined, undefined)));
console.log(String(new RegExp(null)), String(new RegExp(123, 'g')), String(new RegExp(true)));
console.log(String(new RegExp({ toString: function () { return 'x|y'; } })));
var regexpLike = { source: 'q+', flags: 'm' };
regexpLike[Symbol.match] = true;
console.log(String(new RegExp(regexpLike)), String(new RegExp(regexpLike, 'g')));
console.log(RegExp(regexpLike) === regexpLike);
regexpLike.constructor = RegExp;
console.log(RegExp(regexpLike) === regexpLike);

// Flags in canonical order.
console.log(new RegExp('a', 'yusmigd').flags);
console.log(new RegExp('a', 'v').flags, new RegExp('a', 'v').unicodeSets);
console.log(String(new RegExp('a', 'dgimsuy')));

// source escaping.
console.log(new RegExp('a/b').source, new RegExp('[/]').source, new RegExp('\\/').source);
console.log(new RegExp('').source, String(new RegExp('')));
console.log(new RegExp('\n').source, new RegExp('a\rb').source, new RegExp('\u2028\u2029').source);
console.log(new RegExp('\\\n').source);

// The prototype object itself.
console.log(RegExp.prototype.source, RegExp.prototype.flags, RegExp.prototype.global);
console.log(RegExp.prototype.toString(), Object.prototype.toString.call(RegExp.prototype));
console.log(Object.prototype.toString.call(re));

// toString is generic.
console.log(RegExp.prototype.toString.call({ source: 'abc', flags: 'zz' }));

// lastIndex: own, writable, not enumerable, not configurable.
var descriptor = Object.getOwnPropertyDescriptor(re, 'lastIndex');
console.log(descriptor.value, descriptor.writable, descriptor.enumerable, descriptor.configurable);
console.log(Object.keys(re).length, Object.getOwnPropertyNames(re));
re.lastIndex = 5;
console.log(re.lastIndex);

// Species and the property layout.
console.log(RegExp[Symbol.species] === RegExp);
console.log(Object.getOwnPropertyDescriptor(RegExp, Symbol.species).get.name);
console.log(Object.getOwnPropertyNames(RegExp.prototype).join());
console.log(RegExp.prototype[Symbol.replace].name, RegExp.prototype[Symbol.replace].length);
console.log(RegExp.prototype[Symbol.split].length, RegExp.prototype[Symbol.match].length, RegExp.prototype[Symbol.matchAll].length, RegExp.prototype[Symbol.search].length);
console.log(RegExp.prototype.exec.length, RegExp.prototype.test.length, RegExp.prototype.compile.length);

// compile (Annex B) reinitialises in place.
var compiled = new RegExp('a', 'g');
compiled.lastIndex = 3;
console.log(compiled.compile('b+', 'i') === compiled, String(compiled), compiled.lastIndex);
console.log(String(compiled.compile(new RegExp('z', 'm'))));
attempt('compile with flags', function () { return compiled.compile(new RegExp('z'), 'g'); });

// Subclassing.
class MyRegExp extends RegExp {
  exec(s) {
    return super.exec(s);
  }
}
var mine = new MyRegExp('o', 'g');
console.log(mine instanceof RegExp, mine instanceof MyRegExp, String(mine), mine.test('foo'));

// console.log shows the literal form.
console.log(new RegExp('x/y', 'g'), [new RegExp('a')], { re: new RegExp('b', 'i') });
