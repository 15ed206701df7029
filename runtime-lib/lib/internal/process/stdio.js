'use strict';
// process.stdin, process.stdout and process.stderr as node v20 has them: accessors on
// `process` that build the stream on first use. stdout and stderr are Writables whose writes
// go synchronously into the runtime's output (in order with console.log, flushed at exit);
// stdin is a Readable over descriptor 0, read on the event loop's blocking pool, that starts
// reading only once it is used (so a program that never reads it does not wait for it) and,
// on a terminal, stops keeping the process alive when paused.
//
// The compiler runs this module before the entry of a program that names `stdin`, `stdout`
// or `stderr` (compiler/src/source/core_lib.rs JS_PROCESS_PROPERTIES).

let stdin;
let stdout;
let stderr;

function getStdout() {
  if (stdout === undefined) {
    stdout = require('internal/fd_streams').createStdioWriteStream(1);
  }
  return stdout;
}

function getStderr() {
  if (stderr === undefined) {
    stderr = require('internal/fd_streams').createStdioWriteStream(2);
  }
  return stderr;
}

function getStdin() {
  if (stdin === undefined) {
    const { FdReadStream } = require('internal/fd_streams');
    const binding = require('internal:stdio');
    stdin = new FdReadStream(0, { highWaterMark: 64 * 1024 });
    if (binding.isatty(0)) {
      stdin.isTTY = true;
      stdin.isRaw = false;
      stdin.setRawMode = function setRawMode() {
        throw new Error('kiln does not implement process.stdin.setRawMode() yet');
      };
    }
    if (stdin.isTTY) {
      // As node's terminal stdin: pausing stops the reading (one tick later, once the stream
      // stopped flowing), so a paused terminal does not keep the process alive. A pipe or a
      // file keeps being read to its end, as node's does.
      stdin.on('pause', () => {
        process.nextTick(onPause);
      });
      stdin.on('resume', () => {
        stdin._setReadPaused(false);
      });
    }
  }
  return stdin;
}

function onPause() {
  if (!stdin.readableFlowing) {
    stdin._setReadPaused(true);
  }
}

Object.defineProperty(process, 'stdout', { configurable: true, enumerable: true, get: getStdout, set: undefined });
Object.defineProperty(process, 'stderr', { configurable: true, enumerable: true, get: getStderr, set: undefined });
Object.defineProperty(process, 'stdin', { configurable: true, enumerable: true, get: getStdin, set: undefined });
