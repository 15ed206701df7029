'use strict';
// timers/promises with an AbortSignal: an aborted signal rejects at once with an AbortError
// whose cause is the reason; aborting later clears the timer (nothing keeps the process
// alive) and rejects; a timer that already fired ignores a later abort; setInterval's
// iterator ends with the AbortError.
const { setTimeout: sleep, setImmediate: immediate, setInterval: every, scheduler } = require('timers/promises');

function describe(e) {
  const cause = e.cause === undefined ? 'no cause' : e.cause instanceof Error ? `cause ${e.cause.name}` : `cause ${String(e.cause)}`;
  return `${e.name}: ${e.message} [${e.code}] ${cause}`;
}

async function main() {
  await sleep(1, 'x', { signal: AbortSignal.abort() }).catch((e) => console.log('pre-aborted timeout', describe(e)));
  await immediate('x', { signal: AbortSignal.abort('why') }).catch((e) => console.log('pre-aborted immediate', describe(e)));
  await scheduler.wait(1, { signal: AbortSignal.abort(42) }).catch((e) => console.log('pre-aborted wait', describe(e)));
  try {
    await every(1, 'x', { signal: AbortSignal.abort() }).next();
  } catch (e) {
    console.log('pre-aborted interval', describe(e));
  }

  // Abort while waiting: the long timer is cleared, so the process does not wait for it.
  const controller = new AbortController();
  const pending = sleep(100000, 'never', { signal: controller.signal });
  setTimeout(() => controller.abort(new Error('stop')), 5);
  await pending.catch((e) => console.log('aborted timeout', describe(e)));

  const immediateController = new AbortController();
  const pendingImmediate = immediate('never', { signal: immediateController.signal });
  immediateController.abort();
  await pendingImmediate.catch((e) => console.log('aborted immediate', describe(e)));

  // A fired timer is not affected by a later abort.
  const late = new AbortController();
  console.log(await sleep(1, 'fired', { signal: late.signal }));
  late.abort();
  console.log('late abort ignored');

  // setInterval ends with the AbortError once aborted.
  const intervalController = new AbortController();
  let ticks = 0;
  try {
    for await (const value of every(2, 'tick', { signal: intervalController.signal })) {
      ticks++;
      console.log(value, ticks);
      if (ticks === 2) {
        intervalController.abort('enough');
      }
    }
  } catch (e) {
    console.log('interval ended', describe(e), ticks);
  }

  // Abort while the iterator waits for the next tick.
  const waiting = new AbortController();
  const iterator = every(100000, 'slow', { signal: waiting.signal });
  const next = iterator.next();
  setTimeout(() => waiting.abort(), 5);
  await next.catch((e) => console.log('interval aborted while waiting', describe(e)));
  console.log(await iterator.next());

  // An unref'd timer alone does not keep the process alive: this never prints.
  sleep(50, 'unref', { ref: false }).then((v) => console.log('should not print', v));
}

main().then(() => console.log('done'));
