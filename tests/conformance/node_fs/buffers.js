const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fsb-'));
const file = path.join(dir, 'data.bin');
fs.writeFileSync(file, Buffer.from([0, 1, 2, 250, 255, 104, 105]));
const buf = fs.readFileSync(file);
console.log(Buffer.isBuffer(buf), buf, buf.length, buf.toString('hex'));
fs.writeFileSync(path.join(dir, 'c.json'), '{"ok": true}'); console.log(JSON.parse(fs.readFileSync(path.join(dir, 'c.json'))));
console.log(fs.readdirSync(dir, { encoding: 'buffer' }));
console.log(Buffer.isBuffer(fs.realpathSync(dir, { encoding: 'buffer' })));
const fd = fs.openSync(file, 'r');
const target = Buffer.alloc(4);
console.log(fs.readSync(fd, target, 0, 4, 1), target);
fs.read(fd, (err, bytes, b) => {
  console.log('fs.read', err, bytes, b.length);
  fs.closeSync(fd);
  fs.promises.readFile(file).then(async (p) => {
    console.log('promise', p);
    const handle = await fs.promises.open(file);
    const r = await handle.read();
    console.log('handle.read', r.bytesRead, r.buffer.length);
    await handle.close();
    fs.readFile(file, (e, b2) => { console.log('callback', b2); fs.rmSync(dir, { recursive: true }); });
  });
});
