// `super` inside getters and setters of object literals looks up from the literal's prototype.
var base = {
  _x: 42,
  get x() { return 'base ' + this._x; },
  set stored(value) { this._stored = 'base saw ' + value; },
  describe() { return 'base describe'; }
};
var derived = {
  get x() { return 'derived ' + super.x; },
  set stored(value) { super.stored = value * 2; },
  get description() { return super.describe() + ' via getter'; }
};
Object.setPrototypeOf(derived, base);
console.log(derived.x);
derived.stored = 5;
console.log(derived._stored, Object.keys(derived).join());
console.log(derived.description);
var other = { _x: 'other' };
Object.setPrototypeOf(other, derived);
console.log(other.x);
