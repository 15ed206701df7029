// diagnostics_channel: channels, subscribers, stores and tracing channels.
const dc = require('diagnostics_channel');
const util = require('util');
console.log(Object.keys(dc));
const ch = dc.channel('my-channel');
console.log(ch.name, ch.hasSubscribers, dc.hasSubscribers('my-channel'), dc.hasSubscribers('none'), ch instanceof dc.Channel, dc.channel('my-channel') === ch);
console.log(util.inspect(ch));
const seen = [];
const onMessage = (message, name) => seen.push([name, message]);
ch.subscribe(onMessage);
console.log(ch.hasSubscribers, ch instanceof dc.Channel, util.inspect(ch), Object.getPrototypeOf(ch).constructor.name);
ch.publish({ some: 'data' });
console.log(JSON.stringify(seen));
console.log(ch.unsubscribe(onMessage), ch.unsubscribe(onMessage), ch.hasSubscribers, util.inspect(ch));
ch.publish('dropped');
console.log(seen.length);
const sym = Symbol('sym-channel');
console.log(dc.subscribe(sym, (m, n) => console.log('sym got', m, String(n))), dc.hasSubscribers(sym));
dc.channel(sym).publish(42);
console.log(dc.unsubscribe(sym, () => {}), dc.unsubscribe('never', () => {}));
for (const bad of [() => dc.channel(1), () => dc.channel(null), () => ch.subscribe('x'), () => dc.subscribe('z', 5), () => dc.tracingChannel(5), () => dc.tracingChannel({ start: {} }), () => new dc.Channel(1).name]) {
  try { console.log('ok', bad()); } catch (e) { console.log(e.name, e.code, e.message); }
}
// Subscribers see changes made during a publish only on the next publish.
const c2 = dc.channel('c2');
const late = () => console.log('late');
c2.subscribe(() => { console.log('first'); c2.subscribe(late); });
c2.publish(1);
c2.publish(2);
// Stores: anything with run(context, fn).
const store = { current: undefined, run(context, fn) { const prev = this.current; this.current = context; try { return fn(); } finally { this.current = prev; } } };
const c3 = dc.channel('c3');
c3.bindStore(store, (data) => ({ wrapped: data }));
console.log(c3.hasSubscribers, c3.runStores('msg', function (a, b) { return [this.t, a, b, JSON.stringify(store.current)]; }, { t: 'this' }, 1, 2), store.current);
console.log(c3.unbindStore(store), c3.unbindStore(store), c3.hasSubscribers, c3.runStores('m', (x) => x * 2, null, 21));
c3.bindStore(store);
console.log(c3.runStores('plain', () => store.current));
// Tracing channels.
const tc = dc.tracingChannel('op');
console.log(Object.keys(tc), tc.start.name, tc.error.name, tc.hasSubscribers, util.inspect(tc));
console.log(tc.traceSync((a, b) => a + b, {}, null, 1, 2));
const log = [];
const handlers = {
  start: (ctx) => log.push(`start ${JSON.stringify(ctx)}`),
  end: (ctx) => log.push(`end ${'result' in ctx ? ctx.result : ''}${'error' in ctx ? ctx.error.message : ''}`),
  asyncStart: (ctx) => log.push(`asyncStart ${'result' in ctx ? ctx.result : ctx.error?.message}`),
  asyncEnd: () => log.push('asyncEnd'),
  error: (ctx) => log.push(`error ${ctx.error.message}`),
};
tc.subscribe(handlers);
console.log(tc.hasSubscribers, tc.traceSync(function (x) { return this.k + x; }, { id: 1 }, { k: 10 }, 5));
try { tc.traceSync(() => { throw new Error('boom'); }, { id: 2 }); } catch (e) { log.push(`caught ${e.message}`); }
tc.traceCallback((n, cb) => cb(null, n * 3), 1, { id: 3 }, null, 7, (err, v) => log.push(`callback ${err} ${v}`));
tc.traceCallback((cb) => cb(new Error('cb failed')), 0, { id: 4 }, null, (err) => log.push(`callback ${err.message}`));
try { tc.traceCallback(() => {}, 0, {}, null, 'not a function'); } catch (e) { log.push(`${e.code} ${e.message}`); }
const p1 = tc.tracePromise(async (x) => x + 1, { id: 5 }, null, 41);
const p2 = tc.tracePromise(() => Promise.reject(new Error('rejected')), { id: 6 });
const p3 = tc.tracePromise(() => ({ then(resolve) { resolve('thenable'); } }), { id: 7 });
Promise.allSettled([p1, p2, p3]).then((results) => {
  console.log(results.map((r) => r.status + ' ' + (r.value ?? r.reason.message)));
  console.log(log.join('\n'));
  console.log(tc.unsubscribe(handlers), tc.unsubscribe(handlers), tc.hasSubscribers);
  const custom = dc.tracingChannel({ start: dc.channel('s'), end: dc.channel('e'), asyncStart: dc.channel('as'), asyncEnd: dc.channel('ae'), error: dc.channel('er') });
  console.log(custom.start.name, custom.asyncEnd.name, custom.start === dc.channel('s'));
  // A subscriber that throws: the others still run; the error is uncaught on the next tick.
  const c4 = dc.channel('c4');
  c4.subscribe(() => { throw new Error('subscriber failed'); });
  c4.subscribe(() => console.log('second subscriber ran'));
  process.on('uncaughtException', (e) => console.log('uncaught:', e.message));
  c4.publish('x');
  console.log('after publish');
});
