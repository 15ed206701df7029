'use strict';
// The `Stream` base class (an EventEmitter) and its old-style pipe(), which the classes of
// node:stream inherit from; `prependListener` for emitters that may lack it.

const EventEmitter = require('events');

function Stream(options) {
  EventEmitter.call(this, options);
}
Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Stream, EventEmitter);

// Streams1-style pipe: 'data' → write(), pausing the source while the destination drains.
Stream.prototype.pipe = function(dest, options) {
  const source = this;

  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) {
      source.pause();
    }
  }
  source.on('data', ondata);

  function ondrain() {
    if (source.readable && source.resume) {
      source.resume();
    }
  }
  dest.on('drain', ondrain);

  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }

  let didOnEnd = false;
  function onend() {
    if (didOnEnd) {
      return;
    }
    didOnEnd = true;
    dest.end();
  }

  function onclose() {
    if (didOnEnd) {
      return;
    }
    didOnEnd = true;
    if (typeof dest.destroy === 'function') {
      dest.destroy();
    }
  }

  function onerror(error) {
    cleanup();
    if (EventEmitter.listenerCount(this, 'error') === 0) {
      this.emit('error', error);
    }
  }
  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);

  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);
  return dest;
};

function prependListener(emitter, event, listener) {
  if (typeof emitter.prependListener === 'function') {
    return emitter.prependListener(event, listener);
  }
  if (!emitter._events || !emitter._events[event]) {
    emitter.on(event, listener);
  } else if (Array.isArray(emitter._events[event])) {
    emitter._events[event].unshift(listener);
  } else {
    emitter._events[event] = [listener, emitter._events[event]];
  }
}

module.exports = { Stream, prependListener };
