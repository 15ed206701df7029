const tty = require('tty');
console.log(Object.keys(tty));
console.log(tty.isatty(-1), tty.isatty(1.5), tty.isatty('1'), tty.isatty(99), tty.isatty(2 ** 31));
// The harness runs cases without a terminal: every descriptor here is a pipe or /dev/null.
console.log(tty.isatty(0), tty.isatty(1));
for (const fd of [-1, 1.5, 99, 1]) {
  try {
    new tty.WriteStream(fd);
    console.log('created', fd);
  } catch (error) {
    console.log(error.name, error.code, error.message, error.errno, error.syscall);
  }
}
try {
  new tty.ReadStream(0);
} catch (error) {
  console.log(error.name, error.code);
}
console.log(typeof tty.WriteStream.prototype.getColorDepth, typeof tty.WriteStream.prototype.hasColors);
