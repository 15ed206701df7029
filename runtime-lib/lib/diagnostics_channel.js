'use strict';
// node:diagnostics_channel as node v20 has it: named channels (a string or a symbol) that
// publish a message to their subscribers, stores bound with bindStore that runStores enters
// (anything with a `run(context, fn)` method, as AsyncLocalStorage has), and TracingChannel,
// which publishes start/end/asyncStart/asyncEnd/error around a synchronous, promise-returning or
// callback-taking function. A channel with no subscribers and no stores is inactive: its
// prototype is Channel's, whose publish does nothing; the first subscription swaps in the
// active prototype (both are `instanceof Channel`), as node does, so that checking
// `hasSubscribers` costs nothing. A subscriber's exception does not stop the others: it is
// thrown again on the next tick, as an uncaught exception. Unlike node, which holds an
// inactive channel weakly, kiln keeps every channel it made for the life of the program (the
// difference shows only as memory).

const { ERR_INVALID_ARG_TYPE, validateFunction } = require('internal/validators');

// node's internal map class; a channel's `_stores` prints as `SafeMap(0) [Map] {}` in node.
class SafeMap extends Map {}

const channels = new Map();

function rethrowLater(error) {
  process.nextTick(() => {
    throw error;
  });
}

function activate(channel) {
  Object.setPrototypeOf(channel, ActiveChannel.prototype);
  channel._subscribers = [];
  channel._stores = new SafeMap();
}

function deactivateIfIdle(channel) {
  if (channel._subscribers.length === 0 && channel._stores.size === 0) {
    Object.setPrototypeOf(channel, Channel.prototype);
    channel._subscribers = undefined;
    channel._stores = undefined;
  }
}

// Enters `store` with the transformed message around `next`; a transform that throws is
// reported on the next tick and `next` runs outside the store.
function wrapStoreRun(store, data, next, transform) {
  return () => {
    let context;
    try {
      context = transform(data);
    } catch (error) {
      rethrowLater(error);
      return next();
    }
    return store.run(context, next);
  };
}

const identity = (value) => value;

class ActiveChannel {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // A copy, so that a publish in progress keeps the list it started with.
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    this._subscribers = [...this._subscribers.slice(0, index), ...this._subscribers.slice(index + 1)];
    deactivateIfIdle(this);
    return true;
  }

  bindStore(store, transform) {
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (!this._stores.has(store)) return false;
    this._stores.delete(store);
    deactivateIfIdle(this);
    return true;
  }

  get hasSubscribers() {
    return true;
  }

  publish(data) {
    const subscribers = this._subscribers;
    for (let i = 0; i < (subscribers?.length || 0); i++) {
      try {
        const onMessage = subscribers[i];
        onMessage(data, this.name);
      } catch (error) {
        rethrowLater(error);
      }
    }
  }

  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      run = wrapStoreRun(store, data, run, transform === undefined ? identity : transform);
    }
    return run();
  }
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    channels.set(name, this);
  }

  static [Symbol.hasInstance](instance) {
    const prototype = instance !== null && (typeof instance === 'object' || typeof instance === 'function') ? Object.getPrototypeOf(instance) : null;
    return prototype === Channel.prototype || prototype === ActiveChannel.prototype;
  }

  subscribe(subscription) {
    activate(this);
    this.subscribe(subscription);
  }

  unsubscribe() {
    return false;
  }

  bindStore(store, transform) {
    activate(this);
    this.bindStore(store, transform);
  }

  unbindStore() {
    return false;
  }

  get hasSubscribers() {
    return false;
  }

  publish() {}

  runStores(data, fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }
}

function channel(name) {
  const found = channels.get(name);
  if (found) return found;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  return new Channel(name);
}

function subscribe(name, subscription) {
  return channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const found = channels.get(name);
  return found ? found.hasSubscribers : false;
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

function tracingChannelFrom(nameOrChannels, eventName) {
  if (typeof nameOrChannels === 'string') {
    return channel(`tracing:${nameOrChannels}:${eventName}`);
  }
  if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
    const given = nameOrChannels[eventName];
    if (!(given instanceof Channel)) {
      throw ERR_INVALID_ARG_TYPE(`nameOrChannels.${eventName}`, ['Channel'], given);
    }
    return given;
  }
  throw ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'], nameOrChannels);
}

class TracingChannel {
  constructor(nameOrChannels) {
    for (const eventName of traceEvents) {
      Object.defineProperty(this, eventName, { __proto__: null, value: tracingChannelFrom(nameOrChannels, eventName) });
    }
  }

  get hasSubscribers() {
    return this.start.hasSubscribers || this.end.hasSubscribers || this.asyncStart.hasSubscribers || this.asyncEnd.hasSubscribers || this.error.hasSubscribers;
  }

  subscribe(handlers) {
    for (const eventName of traceEvents) {
      if (handlers[eventName]) this[eventName]?.subscribe(handlers[eventName]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const eventName of traceEvents) {
      if (handlers[eventName] && !this[eventName]?.unsubscribe(handlers[eventName])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const settled = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    const failed = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    };
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        // A thenable becomes a native promise.
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return Promise.prototype.then.call(promise, settled, failed);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrappedCallback(err, result) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = result;
      }
      const callbackArgs = arguments;
      // runStores lets a store's transform recover the context for the callback.
      asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, callbackArgs);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = { channel, hasSubscribers, subscribe, tracingChannel, unsubscribe, Channel };
