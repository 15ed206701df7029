'use strict';
// timers/promises: setTimeout / setImmediate resolve with their value, in timer order;
// setInterval is an async iterator; scheduler.wait / yield; invalid options reject (or
// throw, for setInterval); the `timers` module and its `promises` property.
const timers = require('timers');
const timersPromises = require('timers/promises');
const { setTimeout: sleep, setImmediate: immediate, setInterval: every, scheduler } = timersPromises;

function describe(e) {
  return `${e.name}: ${e.message}${e.code ? ` [${e.code}]` : ''}`;
}

async function main() {
  console.log(Object.keys(timers).filter((key) => !['_unrefActive', 'active', 'unenroll', 'enroll'].includes(key)));
  console.log(timers.setTimeout === setTimeout, timers.clearInterval === clearInterval, timers.promises === timersPromises);
  console.log(Object.keys(timersPromises), sleep.length, every.length, immediate.length);

  console.log(await sleep(5, 'value'));
  console.log(await sleep(1));
  console.log(await immediate('now'));
  console.log(await immediate());

  // Order: immediates before short timeouts scheduled at the same time; timeouts by delay.
  const order = [];
  await Promise.all([
    sleep(20, 'b').then((v) => order.push(v)),
    sleep(10, 'a').then((v) => order.push(v)),
    immediate('i').then((v) => order.push(v)),
    sleep(30, 'c').then((v) => order.push(v)),
  ]);
  console.log(order.join(''));

  // ref: false still resolves while something else keeps the loop alive.
  const keepAlive = setTimeout(() => {}, 100);
  console.log(await sleep(5, 'unref', { ref: false }));
  console.log(await immediate('unref immediate', { ref: false }));
  clearTimeout(keepAlive);

  // setInterval: an async iterator over ticks.
  let count = 0;
  for await (const value of every(5, 'tick')) {
    count++;
    console.log(value, count);
    if (count === 3) {
      break;
    }
  }
  const iterator = every(2, 42);
  console.log(await iterator.next(), await iterator.next(), await iterator.return(), await iterator.next());

  // scheduler.
  console.log(await scheduler.wait(5), await scheduler.yield());
  console.log(scheduler.constructor.name, typeof scheduler.wait);
  try {
    new scheduler.constructor();
  } catch (e) {
    console.log(describe(e));
  }
  try {
    scheduler.wait.call({}, 1);
  } catch (e) {
    console.log(describe(e));
  }

  // Bad options reject (setTimeout, setImmediate) or throw on first next() (setInterval).
  for (const options of [null, 5, 'x', { ref: 1 }, { signal: {} }, { signal: 'no' }]) {
    await sleep(1, undefined, options).then(() => console.log('resolved?'), (e) => console.log('setTimeout', describe(e)));
    await immediate(undefined, options).then(() => console.log('resolved?'), (e) => console.log('setImmediate', describe(e)));
    try {
      await every(1, undefined, options).next();
    } catch (e) {
      console.log('setInterval', describe(e));
    }
  }
  // The delay must be a number (or undefined); out-of-range numbers mean 1 ms.
  for (const delay of ['3', null, {}, true]) {
    await sleep(delay, 'x').then(() => console.log('resolved?'), (e) => console.log('delay', describe(e)));
    try {
      await every(delay).next();
    } catch (e) {
      console.log('interval delay', describe(e));
    }
    await scheduler.wait(delay).then(() => console.log('resolved?'), (e) => console.log('wait delay', describe(e)));
  }
  await sleep('3', 1, null).catch((e) => console.log('delay first', describe(e)));
  console.log(await sleep(-5, 'negative'), await sleep(NaN, 'NaN'), await sleep(undefined, 'undefined'), await sleep(1.5, 'fraction'));
}

main().then(() => console.log('done'));
