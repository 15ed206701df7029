// URLSearchParams: constructors, methods, form-urlencoded parsing and serialisation, the live
// link to a URL's query, iteration and util.inspect.
const show = (params) => JSON.stringify([...params]);
console.log(show(new URLSearchParams('?a=1&b=2&a=3')));
console.log(show(new URLSearchParams('a=b=c&&=x&y&%zz=%41%42&+=%2B&%F0%9F%98%80=%E2%82%AC&bad=%C3')));
console.log(show(new URLSearchParams({ a: 1, b: [2, 3], c: null, d: undefined })));
console.log(show(new URLSearchParams([['x', 1], new Set(['y', 2])])));
console.log(show(new URLSearchParams(new Map([['m', 'n']]))));
console.log(show(new URLSearchParams(new URLSearchParams('copy=1'))));
console.log(show(new URLSearchParams(undefined)), show(new URLSearchParams(null)), show(new URLSearchParams('')), show(new URLSearchParams(123)));
const proto = { inherited: 1 };
const own = Object.create(proto);
own.mine = 2;
Object.defineProperty(own, 'hidden', { value: 3, enumerable: false });
console.log(show(new URLSearchParams(own)));
for (const f of [
  () => new URLSearchParams([1]),
  () => new URLSearchParams([[1, 2, 3]]),
  () => new URLSearchParams([['a']]),
  () => new URLSearchParams({ [Symbol.iterator]: 5 }),
  () => new URLSearchParams({ [Symbol('k')]: 1 }),
  () => new URLSearchParams().append('a'),
  () => new URLSearchParams().set('a'),
  () => new URLSearchParams().get(),
  () => new URLSearchParams().getAll(),
  () => new URLSearchParams().has(),
  () => new URLSearchParams().delete(),
  () => new URLSearchParams().forEach(),
  () => URLSearchParams.prototype.toString.call({}),
  () => URLSearchParams.prototype.keys.call([]),
  () => new URLSearchParams().keys().next.call({}),
]) {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const p = new URLSearchParams('b=2&a=1&c=3&a=0');
p.append('d', 'x y');
p.append('e', '~!*()\'');
console.log(p.toString(), p.size);
console.log(p.get('a'), p.get('zz'), p.getAll('a'), p.has('a'), p.has('a', '1'), p.has('a', '9'), p.has('zz'));
p.set('a', 'new');
console.log(p.toString());
p.delete('c');
p.append('f', '1');
p.append('f', '2');
p.delete('f', '1');
console.log(p.toString());
p.sort();
console.log(p.toString());
const unsorted = new URLSearchParams('z=1&\u00e9=2&a=3&A=4&a=5&\ud83d\ude00=6&\uff41=7');
unsorted.sort();
console.log(unsorted.toString());
const seen = [];
p.forEach(function (value, key, self) {
  seen.push(`${key}=${value}:${self === p}:${this.tag}`);
}, { tag: 't' });
console.log(seen.join(' '));
console.log([...p.keys()].join(), [...p.values()].join(), [...p.entries()].join('|'), [...p].length);
console.log(URLSearchParams.prototype[Symbol.iterator] === URLSearchParams.prototype.entries);
console.log(Object.prototype.toString.call(p), Object.prototype.toString.call(p.keys()));
const iterator = p.keys();
iterator.next();
p.append('late', '1');
console.log([...iterator].join());
const growing = new URLSearchParams('a=1');
growing.forEach((value, key) => {
  if (growing.size < 3) growing.append(key + key, value);
});
console.log(growing.toString());

// The link with a URL.
const url = new URL('https://example.com/p?x=1&y=2#h');
const params = url.searchParams;
console.log(params === url.searchParams, params.get('x'));
params.append('z', 'a b&c');
console.log(url.href, url.search);
params.delete('x');
params.delete('y');
params.delete('z');
console.log(url.href, JSON.stringify(url.search));
url.search = '?q=%20r+s';
console.log(params.get('q'), params.size);
url.href = 'http://other/?k=v';
console.log(params.get('k'), params.size);
url.search = '';
console.log(params.size);
url.hash = 'x';
console.log(url.href);
const opaque = new URL('sc:path ?a=1');
opaque.searchParams.delete('a');
console.log(JSON.stringify(opaque.href));
const questions = new URL('http://h/??a=b');
console.log(JSON.stringify([...questions.searchParams]), questions.searchParams.toString());

// util.inspect
const util = require('util');
console.log(new URLSearchParams('a=1&b=2'));
console.log(new URLSearchParams());
console.log(new URLSearchParams('a=1&bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb=2222222222222222222222222&cccccccccccccccccccccccccc=3333333333333'));
console.log(new URLSearchParams('a=1&b=2').keys(), new URLSearchParams('a=1&b=2').values(), new URLSearchParams('a=1&b=2').entries());
const it = new URLSearchParams('a=1&bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb=2222222222222222222222222&cccccccccccccccccccccccccc=3333333333333').entries();
console.log(it);
it.next();
console.log([it], [[[[it]]]]);
console.log(util.inspect(new URLSearchParams('x=1'), { depth: -1 }), util.inspect({ a: { b: { c: new URLSearchParams('x=1') } } }));
console.log(util.inspect(new URLSearchParams('x=1'), { colors: true }));
