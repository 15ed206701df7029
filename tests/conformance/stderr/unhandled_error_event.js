// An `error` event nobody listens to: the emitter throws the Error, and node prints it with
// the line of its own events.js that threw it and, after the stack, where it was emitted.
const EventEmitter = require('events');

class Job extends EventEmitter {}

function fail(job, reason) {
  job.emit('error', new Error(reason));
}

try {
  fail(new Job(), 'caught once');
} catch (error) {
  // Caught: the stack is the Error's own.
  console.log(error.message, error.stack.includes('Emitted'));
}

function start(job) {
  fail(job, 'disk full');
}
start(new Job());
