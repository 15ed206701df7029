'use strict';
// The queue of chunks a Readable holds: an array with a moving head, so pushes and shifts are
// cheap; `consume(n)` takes exactly n bytes or characters, splitting a chunk when needed.

class BufferList {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() {
    return this.items.length - this.head;
  }

  push(chunk) {
    this.items.push(chunk);
  }

  unshift(chunk) {
    if (this.head > 0) {
      this.items[--this.head] = chunk;
    } else {
      this.items.unshift(chunk);
    }
  }

  shift() {
    if (this.head >= this.items.length) {
      return undefined;
    }
    const chunk = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.clear();
    } else if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return chunk;
  }

  first() {
    return this.items[this.head];
  }

  clear() {
    this.items = [];
    this.head = 0;
  }

  join(separator) {
    let text = '';
    for (let i = this.head; i < this.items.length; i++) {
      text += (i > this.head ? separator : '') + this.items[i];
    }
    return text;
  }

  // All chunks as one Buffer of `size` bytes.
  concat(size) {
    const { lazyBuffer } = require('internal/streams/utils');
    const result = lazyBuffer().allocUnsafe(size >>> 0);
    let offset = 0;
    for (let i = this.head; i < this.items.length; i++) {
      result.set(this.items[i], offset);
      offset += this.items[i].length;
    }
    return result;
  }

  // `n` bytes (or characters, for strings) from the front.
  consume(n, hasStrings) {
    const first = this.items[this.head];
    if (n < first.length) {
      this.items[this.head] = first.slice(n);
      return first.slice(0, n);
    }
    if (n === first.length) {
      return this.shift();
    }
    return hasStrings ? this.takeString(n) : this.takeBuffer(n);
  }

  takeString(n) {
    let text = '';
    while (n > 0 && this.length > 0) {
      const chunk = this.items[this.head];
      if (n >= chunk.length) {
        text += chunk;
        n -= chunk.length;
        this.shift();
      } else {
        text += chunk.slice(0, n);
        this.items[this.head] = chunk.slice(n);
        n = 0;
      }
    }
    return text;
  }

  takeBuffer(n) {
    const { lazyBuffer } = require('internal/streams/utils');
    const result = lazyBuffer().allocUnsafe(n);
    let offset = 0;
    while (offset < n && this.length > 0) {
      const chunk = this.items[this.head];
      const wanted = n - offset;
      if (wanted >= chunk.length) {
        result.set(chunk, offset);
        offset += chunk.length;
        this.shift();
      } else {
        result.set(new Uint8Array(chunk.buffer, chunk.byteOffset, wanted), offset);
        offset += wanted;
        this.items[this.head] = chunk.slice(wanted);
      }
    }
    return result;
  }

  *[Symbol.iterator]() {
    for (let i = this.head; i < this.items.length; i++) {
      yield this.items[i];
    }
  }
}

module.exports = BufferList;
