// events.on consumed with for await: queued events in order, break closes the iterator and
// removes the listeners, an 'error' event rejects the loop.
const { EventEmitter, on } = require('events');

async function main() {
  const e = new EventEmitter();
  process.nextTick(() => {
    e.emit('tick', 1);
    e.emit('tick', 2, 'two');
    e.emit('tick', 3);
  });
  for await (const args of on(e, 'tick')) {
    console.log('tick', args);
    if (args[0] === 3) break;
  }
  console.log('listeners after break', e.listenerCount('tick'), e.listenerCount('error'));

  const f = new EventEmitter();
  setTimeout(() => {
    f.emit('data', 'a');
    f.emit('error', new Error('stream broke'));
  }, 1);
  try {
    for await (const [value] of on(f, 'data')) {
      console.log('data', value);
    }
  } catch (err) {
    console.log('loop rejected:', err.message, f.listenerCount('data'));
  }
}
main().then(() => console.log('done'));
