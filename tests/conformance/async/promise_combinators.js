// Promise.all / allSettled / any / race: results, order of values, first settlement wins.
const fmt = (v) => Array.isArray(v) ? `[${v.map(fmt).join(",")}]` : v && typeof v === "object" ? `{${Object.keys(v).map((k) => k + ":" + fmt(v[k])).join(",")}}` : typeof v === "string" ? `"${v}"` : String(v);
const show = (label) => [(v) => console.log(label, 'fulfilled', fmt(v)), (e) => console.log(label, 'rejected', e instanceof Error ? `${e.name}: ${e.message}` : fmt(e), e && e.errors ? fmt(e.errors) : '')];
const later = (value, ms) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const laterReject = (value, ms) => new Promise((_, reject) => setTimeout(() => reject(value), ms));
Promise.all([later('slow', 30), 'plain', later('fast', 5)]).then(...show('all'));
Promise.all([later(1, 5), laterReject('boom', 10), later(3, 40)]).then(...show('all rejects'));
Promise.all([]).then(...show('all empty'));
Promise.allSettled([later('x', 5), laterReject('y', 10), 3]).then(...show('allSettled'));
Promise.any([laterReject('a', 5), later('b', 20), later('c', 10)]).then(...show('any'));
Promise.any([laterReject('e1', 10), Promise.reject('e2')]).then(...show('any all rejected'));
Promise.any([]).then(...show('any empty'));
Promise.race([later('tortoise', 30), later('hare', 5)]).then(...show('race'));
Promise.race([laterReject('fail first', 5), later('ok', 20)]).then(...show('race rejects'));
Promise.all(new Set([1, 2, 3])).then(...show('all of a Set'));
Promise.all('ab').then(...show('all of a string'));
Promise.all({ [Symbol.iterator]() { let i = 0; return { next() { i++; return { done: i > 3, value: i * 10 }; } }; } }).then(...show('all of an iterator'));
