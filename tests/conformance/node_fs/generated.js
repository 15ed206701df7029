// Differential fuzz of the encodings fs uses: seeded random strings (ASCII, Latin-1, BMP, astral,
// lone surrogates, hex and base64 alphabets with junk) written with one encoding and read back
// with another; prints a hash per (write, read) pair and a few samples.
const fs = require('fs');
const os = require('os');
const path = require('path');

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-gen-'));
const target = path.join(base, 'data.bin');

let seed = 0x2545f491;
function random() {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}
const pick = (items) => items[Math.floor(random() * items.length)];

function randomString() {
  const length = Math.floor(random() * 24);
  let text = '';
  const flavour = pick(['ascii', 'latin1', 'bmp', 'astral', 'surrogates', 'hex', 'base64', 'mixed']);
  for (let i = 0; i < length; i++) {
    switch (flavour) {
      case 'ascii': text += String.fromCharCode(Math.floor(random() * 128)); break;
      case 'latin1': text += String.fromCharCode(Math.floor(random() * 256)); break;
      case 'bmp': text += String.fromCharCode(Math.floor(random() * 0xd800)); break;
      case 'astral': text += String.fromCodePoint(0x10000 + Math.floor(random() * 0xfffff)); break;
      case 'surrogates': text += String.fromCharCode(0xd800 + Math.floor(random() * 0x800)); break;
      case 'hex': text += pick('0123456789abcdefABCDEFxg '.split('')); break;
      case 'base64': text += pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_= !\n'.split('')); break;
      default: text += String.fromCharCode(Math.floor(random() * 0x10000)); break;
    }
  }
  return text;
}

function hash(text, h) {
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  }
  return Math.imul(h ^ 0xff, 16777619) >>> 0;
}

const encodings = ['utf8', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'utf16le'];
const hashes = {};
for (let round = 0; round < 1500; round++) {
  const text = randomString();
  const writeEncoding = pick(encodings);
  const readEncoding = pick(encodings);
  let result;
  try {
    fs.writeFileSync(target, text, writeEncoding);
    result = fs.readFileSync(target, readEncoding);
  } catch (e) {
    result = `${e.code}: ${e.message}`;
  }
  const key = `${writeEncoding}>${readEncoding}`;
  hashes[key] = hash(result, hashes[key] === undefined ? 2166136261 : hashes[key]);
  if (round % 150 === 0) {
    console.log('sample', key, JSON.stringify(text), JSON.stringify(result));
  }
}
for (const key of Object.keys(hashes).sort()) {
  console.log(key, hashes[key]);
}

fs.rmSync(base, { recursive: true });
console.log('cleaned', fs.existsSync(base));
