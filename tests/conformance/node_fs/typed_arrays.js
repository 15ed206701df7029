// Typed arrays and DataViews with fs: writes from views (writeFileSync, appendFileSync,
// writeSync with offset / length / position, fs.write, fs.promises, FileHandle.write) and
// reads into them (readSync, fs.read, FileHandle.read), with node's range checks.
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-views-'));
const clean = (text) => String(text).split(base).join('<tmp>');
const file = (name) => path.join(base, name);
function show(label, thunk) {
  try {
    console.log(label, JSON.stringify(thunk()));
  } catch (e) {
    console.log(label, `${e.name} [${e.code}] ${clean(e.message)}`);
  }
}
const hex = (name) => fs.readFileSync(file(name), 'hex');

fs.writeFileSync(file('a.bin'), new Uint8Array([0x68, 0x69, 0x21]));
show('uint8', () => fs.readFileSync(file('a.bin'), 'utf8'));
fs.writeFileSync(file('b.bin'), new Uint16Array([0x4142, 0x4344]));
show('uint16 bytes', () => hex('b.bin'));
fs.appendFileSync(file('b.bin'), new DataView(new Uint8Array([0x30, 0x31, 0x32, 0x33]).buffer, 1, 2));
show('dataview append', () => hex('b.bin'));
const sub = new Uint8Array([1, 2, 3, 4, 5, 6]).subarray(2, 5);
fs.writeFileSync(file('c.bin'), sub);
show('subarray', () => hex('c.bin'));
fs.writeFileSync(file('d.bin'), new Float64Array([1.5]));
show('float64', () => hex('d.bin'));
fs.writeFileSync(file('e.bin'), new Uint8Array(0));
show('empty view', () => fs.statSync(file('e.bin')).size);

const fd = fs.openSync(file('w.bin'), 'w+');
const bytes = new Uint8Array([97, 98, 99, 100, 101, 102, 103, 104]);
show('writeSync all', () => fs.writeSync(fd, bytes));
show('writeSync offset', () => fs.writeSync(fd, bytes, 6));
show('writeSync offset length', () => fs.writeSync(fd, bytes, 1, 2));
show('writeSync position', () => fs.writeSync(fd, bytes, 0, 3, 0));
show('writeSync options', () => fs.writeSync(fd, bytes, { offset: 4, length: 2, position: 3 }));
show('writeSync bad offset', () => fs.writeSync(fd, bytes, 9));
show('writeSync bad length', () => fs.writeSync(fd, bytes, 0, 9));
show('writeSync negative length', () => fs.writeSync(fd, bytes, 0, -1));
show('writeSync fractional offset', () => fs.writeSync(fd, bytes, 1.5));
show('file now', () => hex('w.bin'));

const target = new Uint8Array(6);
show('readSync', () => [fs.readSync(fd, target, 0, 4, 0), Array.from(target)]);
show('readSync offset', () => [fs.readSync(fd, target, 4, 2, 1), Array.from(target)]);
show('readSync options', () => [fs.readSync(fd, target, { position: 2, length: 3 }), Array.from(target)]);
show('readSync no options', () => { fs.readSync(fd, target, 0, 6, 0); return fs.readSync(fd, target); });
show('readSync past end', () => fs.readSync(fd, target, 0, 6, 100));
show('readSync zero length', () => fs.readSync(fd, target, 0, 0, 0));
show('readSync into uint16', () => { const wide = new Uint16Array(2); fs.readSync(fd, wide, 0, 4, 0); return Array.from(wide); });
show('readSync into dataview', () => { const view = new DataView(new ArrayBuffer(4)); fs.readSync(fd, view, 0, 4, 0); return view.getUint32(0); });
show('readSync bad offset', () => fs.readSync(fd, target, -1, 2, 0));
show('readSync bad length', () => fs.readSync(fd, target, 4, 4, 0));
show('readSync bad position', () => fs.readSync(fd, target, 0, 2, 'x'));
show('readSync fractional position', () => fs.readSync(fd, target, 0, 2, 1.5));
show('readSync empty buffer', () => fs.readSync(fd, new Uint8Array(0), 0, 1, 0));
show('readSync not a view', () => fs.readSync(fd, [1, 2], 0, 1, 0));
show('readSync bad options', () => fs.readSync(fd, target, 'x'));

fs.write(fd, new Uint8Array([0x5a, 0x5a]), 0, 2, 0, (err, written, buffer) => {
  console.log('write cb', err, written, buffer instanceof Uint8Array);
  const into = new Uint8Array(4);
  fs.read(fd, into, 0, 4, 0, (rerr, bytesRead, buffer2) => {
    console.log('read cb', rerr, bytesRead, Array.from(into), buffer2 === into);
    fs.read(fd, { buffer: new Uint8Array(3), position: 1 }, (perr, count, buffer3) => {
      console.log('read params', perr, count, Array.from(buffer3));
      fs.read(fd, into, { length: 1, position: 2 }, (oerr, one) => {
        console.log('read options', oerr, one, Array.from(into));
        fs.read(fd, into, 0, 0, 0, function () {
          console.log('read zero', arguments.length, arguments[0], arguments[1]);
          fs.closeSync(fd);
          promises();
        });
      });
    });
  });
});

async function promises() {
  await fsp.writeFile(file('p.bin'), new Uint8Array([1, 2, 3]));
  console.log('promises writeFile', hex('p.bin'));
  await fsp.appendFile(file('p.bin'), new Int8Array([-1]));
  console.log('promises appendFile', hex('p.bin'));
  const handle = await fsp.open(file('p.bin'), 'r+');
  const written = await handle.write(new Uint8Array([9, 9]), 0, 2, 1);
  console.log('handle write', Object.getPrototypeOf(written), written.bytesWritten, hex('p.bin'));
  const target2 = new Uint8Array(3);
  const read = await handle.read(target2, 0, 3, 0);
  console.log('handle read', Object.getPrototypeOf(read), read.bytesRead, Array.from(read.buffer));
  const options = await handle.read({ buffer: new Uint8Array(2), position: 2 });
  console.log('handle read options', options.bytesRead, Array.from(options.buffer));
  await handle.close();
  fs.rmSync(base, { recursive: true });
  console.log('cleaned', fs.existsSync(base));
}
