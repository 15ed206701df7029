'use strict';
// Float arithmetic on object fields (the n-body shape) when the fields stay numbers and when
// they stop being numbers: strings, BigInts, objects with valueOf, getters, missing fields.
function Body(x, vx, mass) {
  this.x = x;
  this.vx = vx;
  this.mass = mass;
}
function step(bi, bj, dt) {
  const dx = bi.x - bj.x;
  const d2 = dx * dx + 0.25;
  const magnitude = dt / (d2 * Math.sqrt(d2));
  bi.vx -= dx * bj.mass * magnitude;
  bj.vx += dx * bi.mass * magnitude;
  bi.x += dt * bi.vx;
  return magnitude;
}
function describe(v) {
  return typeof v === 'number' ? (Object.is(v, -0) ? '-0' : v.toPrecision(12)) : typeof v + ':' + String(v);
}
function run(label, a, b, rounds) {
  let m = 0;
  try {
    for (let i = 0; i < rounds; i++) m = step(a, b, 0.01);
    console.log(label, describe(m), describe(a.x), describe(a.vx), describe(b.vx));
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}

run('numbers', new Body(1, 0.5, 2), new Body(-1, 0.25, 3), 1000);
run('string field', new Body('1', 0.5, 2), new Body(-1, 0.25, 3), 3);
run('string mass', new Body(1, 0.5, '2'), new Body(-1, 0.25, '3'), 3);
run('string velocity', new Body(1, '0.5', 2), new Body(-1, 0.25, 3), 1);
run('undefined field', { x: 1, vx: 0.5 }, new Body(-1, 0.25, 3), 2);
run('null field', new Body(null, 0.5, 2), new Body(-1, 0.25, 3), 2);
run('bigint field', new Body(1n, 0.5, 2), new Body(-1, 0.25, 3), 1);
run('valueOf field', new Body({ valueOf: () => 4 }, 0.5, 2), new Body(-1, 0.25, 3), 2);
run('getter field', Object.defineProperty(new Body(0, 0.5, 2), 'x', { get: () => 7, set() {} }), new Body(-1, 0.25, 3), 2);
run('inherited fields', Object.create(new Body(2, 0.5, 2)), new Body(-1, 0.25, 3), 2);
run('NaN', new Body(NaN, 0.5, 2), new Body(-1, 0.25, 3), 2);
run('infinite', new Body(Infinity, 0.5, 2), new Body(-1, 0.25, 3), 2);
run('negative zero', new Body(-0, -0, 0), new Body(0, 0, 0), 1);

// One body whose field changes type between steps: the same sites see both.
const a = new Body(1, 0.5, 2);
const b = new Body(-1, 0.25, 3);
for (let i = 0; i < 100; i++) step(a, b, 0.01);
a.x = String(a.x);
run('became a string', a, b, 1);
a.x = 3;
run('back to a number', a, b, 10);
a.vx = 'fast';
run('velocity string', a, b, 1);

// Chains that mix numbers with slow results.
function chain(p, q) {
  const s = p - q;
  const t = s * s + p * q;
  return [s, t, t / s, s + 'x', -s, s % q].map(describe).join(' ');
}
for (const [p, q] of [[5, 2], ['5', 2], [5, '2'], [true, null], [undefined, 1], [{ valueOf: () => 9 }, 4], ['a', 1], [-0, 0]]) {
  console.log(chain(p, q));
}
try {
  console.log(chain(1n, 2));
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  console.log(chain(7n, 2n));
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
