'use strict';
// stream.Transform: a Duplex whose output is computed from its input by _transform(chunk,
// encoding, callback); _flush runs before the readable side ends. The write callback waits
// while the readable buffer is full, which is how backpressure crosses the transform.

const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');
const { ERR_METHOD_NOT_IMPLEMENTED } = require('internal/streams/errors');

const kCallback = Symbol('kCallback');

function Transform(options) {
  if (!(this instanceof Transform)) {
    return new Transform(options);
  }
  const readableHighWaterMark = options ? getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    // A readable side that buffers nothing would stall the writable side.
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }
  Duplex.call(this, options);
  // push() from _transform is never synchronous with read(): 'readable' is not deferred.
  this._readableState.sync = false;
  this[kCallback] = null;
  if (options) {
    if (typeof options.transform === 'function') {
      this._transform = options.transform;
    }
    if (typeof options.flush === 'function') {
      this._flush = options.flush;
    }
  }
  // A subclass with its own _final still gets _flush at 'prefinish'.
  this.on('prefinish', prefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function final(callback) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((error, data) => {
      if (error) {
        if (callback) {
          callback(error);
        } else {
          this.destroy(error);
        }
        return;
      }
      if (data != null) {
        this.push(data);
      }
      this.push(null);
      if (callback) {
        callback();
      }
    });
  } else {
    this.push(null);
    if (callback) {
      callback();
    }
  }
}

function prefinish() {
  if (this._final !== final) {
    final.call(this);
  }
}

Transform.prototype._final = final;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function(chunk, encoding, callback) {
  const readableState = this._readableState;
  const writableState = this._writableState;
  const length = readableState.length;
  this._transform(chunk, encoding, (error, value) => {
    if (error) {
      callback(error);
      return;
    }
    if (value != null) {
      this.push(value);
    }
    if (readableState.ended) {
      process.nextTick(callback);
    } else if (writableState.ended || length === readableState.length || readableState.length < readableState.highWaterMark) {
      callback();
    } else {
      // The readable side is full: the next _read releases the writer.
      this[kCallback] = callback;
    }
  });
};

Transform.prototype._read = function() {
  if (this[kCallback]) {
    const callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};

module.exports = Transform;
