// indexOf/includes/lastIndexOf against a plain loop over many seeded haystacks and needles
// (Latin-1 and two-byte, repeated first characters, needles at the edges), plus string
// methods read from a primitive after String.prototype changes.
let seed = 7;
function random(n) {
  seed = (seed * 48271) % 2147483647;
  return seed % n;
}
function naive(hay, pin, from) {
  const start = Math.min(Math.max(from, 0), hay.length);
  for (let i = start; i + pin.length <= hay.length; i++) {
    if (hay.slice(i, i + pin.length) === pin) return i;
  }
  return pin.length === 0 ? start : -1;
}
const alphabets = ['ab', 'abc', 'aab\u00e9', 'xy\u4e2d'];
let mismatches = 0;
let checksum = 0;
for (let round = 0; round < 3000; round++) {
  const letters = alphabets[round % alphabets.length];
  let hay = '';
  const length = random(40);
  for (let i = 0; i < length; i++) hay += letters[random(letters.length)];
  let pin = '';
  const pinLength = random(5);
  for (let i = 0; i < pinLength; i++) pin += letters[random(letters.length)];
  if (round % 7 === 0 && hay.length > 3) pin = hay.slice(hay.length - 3);
  const from = random(50) - 5;
  const expected = naive(hay, pin, from);
  const actual = hay.indexOf(pin, from);
  if (expected !== actual) {
    mismatches++;
    if (mismatches < 5) console.log('mismatch', JSON.stringify(hay), JSON.stringify(pin), from, expected, actual);
  }
  if (hay.includes(pin) !== (naive(hay, pin, 0) !== -1)) mismatches++;
  checksum = (checksum * 31 + actual + 2) % 1000003;
}
console.log('mismatches:', mismatches, 'checksum:', checksum);

const word = 'hello';
console.log(word.charAt(1), word.toUpperCase(), typeof word.hasOwnProperty, word.constructor === String);
const original = String.prototype.charAt;
String.prototype.charAt = function (i) { return `<${original.call(this, i)}>`; };
console.log(word.charAt(1));
String.prototype.charAt = original;
console.log(word.charAt(1));
String.prototype.shout = function () { return this.toUpperCase() + '!'; };
console.log(word.shout());
delete String.prototype.shout;
console.log(typeof word.shout);
Object.defineProperty(String.prototype, 'charAt', { get() { return () => 'getter'; }, configurable: true });
console.log(word.charAt(0));
Object.defineProperty(String.prototype, 'charAt', { value: original, writable: true, configurable: true });
console.log(word.charAt(0));
Object.prototype.fromObject = 'inherited';
console.log(word.fromObject);
delete Object.prototype.fromObject;
console.log(word.fromObject);
