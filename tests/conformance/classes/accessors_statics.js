class Temperature {
  static #count = 0;
  #celsius = 0;
  constructor(c) { this.#celsius = c; Temperature.#count++; }
  get fahrenheit() { return this.#celsius * 9 / 5 + 32; }
  set fahrenheit(f) { this.#celsius = (f - 32) * 5 / 9; }
  static get count() { return Temperature.#count; }
  static from(f) { const t = new Temperature(0); t.fahrenheit = f; return t; }
  toString() { return `${this.#celsius.toFixed(1)}C`; }
}
const t = new Temperature(100);
console.log(t.fahrenheit, String(Temperature.from(212)), Temperature.count);
console.log(Object.getOwnPropertyNames(Temperature.prototype).join(), Object.keys(t).length);
const d = Object.getOwnPropertyDescriptor(Temperature.prototype, 'fahrenheit');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
