// Modern syntax: classes with inheritance and super calls, generators, destructuring,
// spread and rest, default parameters and optional chaining.
class Vector {
  constructor(x = 0, y = 0) {
    this.x = x;
    this.y = y;
  }
  add({ x, y }) {
    return new Vector(this.x + x, this.y + y);
  }
  get length2() {
    return this.x * this.x + this.y * this.y;
  }
  static of(...components) {
    return new Vector(...components);
  }
}

class Particle extends Vector {
  constructor(x, y, mass = 1) {
    super(x, y);
    this.mass = mass;
  }
  add(other) {
    const moved = super.add(other);
    return new Particle(moved.x, moved.y, this.mass);
  }
}

function* range(start, end, step = 1) {
  for (let i = start; i < end; i += step) {
    yield i;
  }
}

function* walk(particle, steps) {
  let current = particle;
  for (const i of range(0, steps)) {
    current = current.add(Vector.of(i % 3 - 1, i % 5 - 2));
    yield current;
  }
}

let total = 0;
let heavy = 0;
for (const seed of range(0, 800)) {
  const start = new Particle(seed % 10, seed % 7, (seed % 4) + 1);
  for (const { x, y, mass } of walk(start, 2000)) {
    total = (total + x * 3 + y * 5 + mass) % 1000000007;
  }
  const [first, second = 0, ...rest] = [...range(seed, seed + 5)];
  total = (total + first + second + rest.length) % 1000000007;
  const options = seed % 2 === 0 ? { limits: { max: seed } } : {};
  heavy += options.limits?.max ?? 0;
}
console.log("total:", total, "heavy:", heavy, "length2:", Vector.of(3, 4).length2);
