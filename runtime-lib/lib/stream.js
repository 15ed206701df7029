'use strict';
// node:stream — the Stream base class with Readable, Writable, Duplex, Transform and
// PassThrough, pipeline(), finished(), addAbortSignal(), destroy() and the predicates.
// The implementation lives in internal/streams/*.

const { Stream } = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const Transform = require('internal/streams/transform');
const PassThrough = require('internal/streams/passthrough');
const eos = require('internal/streams/end_of_stream');
const { pipeline } = require('internal/streams/pipeline');
const { addAbortSignal } = require('internal/streams/add_abort_signal');
const { destroyer } = require('internal/streams/destroy');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');
const utils = require('internal/streams/utils');

const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');

module.exports = Stream;
Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = function compose() {
  throw new Error('kiln does not implement stream.compose() yet');
};
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    return require('internal/streams/promises');
  },
});
Object.defineProperty(pipeline, promisifyCustom, {
  enumerable: true,
  get() {
    return require('internal/streams/promises').pipeline;
  },
});
Object.defineProperty(eos, promisifyCustom, {
  enumerable: true,
  get() {
    return require('internal/streams/promises').finished;
  },
});

Stream.Stream = Stream;
Stream._isUint8Array = utils.isUint8Array;
Stream._uint8ArrayToBuffer = utils.uint8ArrayToBuffer;
