'use strict';
// stream.addAbortSignal(signal, stream): destroys the stream with an AbortError when the
// signal aborts.

const { ERR_INVALID_ARG_TYPE, validateAbortSignal } = require('internal/validators');
const { AbortError } = require('internal/streams/errors');
const { addAbortListener, isNodeStream } = require('internal/streams/utils');
const eos = require('internal/streams/end_of_stream');

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream)) {
    throw ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) {
    return stream;
  }
  const onAbort = () => {
    stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    onAbort();
  } else {
    const remove = addAbortListener(signal, onAbort);
    eos(stream, remove);
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
