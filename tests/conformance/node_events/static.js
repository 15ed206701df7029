// events.once (a promise of the arguments, rejected by 'error'), events.on (an async iterator
// with an error path and return()), captureRejections, and the rejection symbol.
const EventEmitter = require('events');
const { once, on } = EventEmitter;

async function main() {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 1, 'two'), 1);
  const args = await once(e, 'ready');
  console.log('once', args, e.listenerCount('ready'), e.listenerCount('error'));

  setTimeout(() => e.emit('error', new Error('bad')), 1);
  try {
    await once(e, 'never');
  } catch (err) {
    console.log('once rejected', err.message, e.listenerCount('never'), e.listenerCount('error'));
  }

  const errorArgs = once(e, 'error');
  e.emit('error', new Error('as value'));
  console.log('once error', (await errorArgs)[0].message);

  try {
    await once(e, 'x', { signal: 'no' });
  } catch (err) {
    console.log(`${err.name} [${err.code}]: ${err.message}`);
  }
  try {
    await once({}, 'x');
  } catch (err) {
    console.log(`${err.name} [${err.code}]: ${err.message}`);
  }

  // events.on: events queued before next() are kept in order. (Driven by hand: kiln has no
  // `for await` yet.)
  const it = on(e, 'data');
  e.emit('data', 1);
  e.emit('data', 2, 3);
  setTimeout(() => {
    e.emit('data', 4);
    e.emit('end');
  }, 1);
  for (let i = 0; i < 3; i++) {
    const step = await it.next();
    console.log('data', step);
  }
  console.log(await it.return(), e.listenerCount('data'), e.listenerCount('error'));
  console.log(await it.next());

  const it2 = on(e, 'tick');
  setTimeout(() => e.emit('error', new Error('iteration failed')), 1);
  try {
    await it2.next();
  } catch (err) {
    console.log('on rejected', err.message, e.listenerCount('tick'));
  }
  console.log(await it2.next());

  const it3 = on(e, 'item', { close: ['done'] });
  process.nextTick(() => {
    e.emit('item', 'a');
    e.emit('done');
    e.emit('item', 'b');
  });
  const first = await it3.next();
  const second = await it3.next();
  console.log('closed', first, second, typeof it3[Symbol.asyncIterator], it3[Symbol.asyncIterator]() === it3);
  try {
    it3.throw('not an error');
  } catch (err) {
    console.log(`${err.name} [${err.code}]: ${err.message}`);
  }
  const it4 = on(e, 'pending');
  const waiting = it4.next();
  it4.throw(new Error('thrown in'));
  await waiting.then((v) => console.log('unexpected', v), (err) => console.log('pending rejected', err.message));
  console.log(await it4.next());

  // captureRejections: a rejected promise from a listener becomes an 'error' event.
  const c = new EventEmitter({ captureRejections: true });
  c.on('job', async (n) => {
    throw new Error('job ' + n + ' failed');
  });
  c.on('error', (err) => console.log('captured', err.message));
  c.emit('job', 1);
  await new Promise((resolve) => setTimeout(resolve, 5));

  const d = new EventEmitter({ captureRejections: true });
  d[Symbol.for('nodejs.rejection')] = (err, event, ...rest) => console.log('rejection handler', err.message, event, rest);
  d.on('work', async () => {
    throw new Error('work failed');
  });
  d.emit('work', 'x', 'y');
  await new Promise((resolve) => setTimeout(resolve, 5));

  EventEmitter.captureRejections = true;
  const f = new EventEmitter();
  console.log('default capture', EventEmitter.captureRejections);
  f.on('error', (err) => console.log('global capture', err.message));
  f.on('job', () => Promise.reject(new Error('rejected')));
  f.emit('job');
  await new Promise((resolve) => setTimeout(resolve, 5));
  EventEmitter.captureRejections = false;
}
main().then(() => console.log('done'));
