// yield* in an async generator over a sync iterable reads [Symbol.iterator] once, then calls it
// (GetIterator's method is not looked up twice).
var log = [];
var obj = {
  get [Symbol.iterator]() { log.push('get iterator'); return function () { log.push('call iterator'); var n = 0; return { get next() { log.push('get next'); return function () { log.push('call next'); n++; return { get value() { log.push('get value'); return n; }, get done() { log.push('get done'); return n > 1; } }; }; } }; }; },
  get [Symbol.asyncIterator]() { log.push('get asyncIterator'); return null; }
};
async function* g() { log.push('start'); var v = yield* obj; log.push('v=' + v); return 'r'; }
var it = g();
it.next('a').then(r => { log.push('r1 ' + JSON.stringify(r)); return it.next('b'); }).then(r => { log.push('r2 ' + JSON.stringify(r)); console.log(log.join('\n')); });
