// The TypeError and RangeError paths of typed array methods, with V8's exact messages:
// wrong receivers, non-callable callbacks, bad offsets and indices, species results.
function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
const proto = Object.getPrototypeOf(Int8Array.prototype);
for (const name of Object.getOwnPropertyNames(proto)) {
  const descriptor = Object.getOwnPropertyDescriptor(proto, name);
  if (typeof descriptor.value === 'function' && name !== 'constructor') {
    show(name, () => descriptor.value.call({}, () => 1));
    show(name + ' on array', () => descriptor.value.call([1, 2], () => 1));
  } else if (descriptor.get) {
    show('get ' + name, () => descriptor.get.call({}));
  }
}
show('@@iterator', () => proto[Symbol.iterator].call({}));
show('@@toStringTag', () => Object.getOwnPropertyDescriptor(proto, Symbol.toStringTag).get.call({}));
show('subarray on number', () => proto.subarray.call(5));

const u8 = new Uint8Array(4);
show('map without callback', () => u8.map());
show('forEach with number', () => u8.forEach(1));
show('filter with object', () => u8.filter({}));
show('reduce empty', () => new Uint8Array(0).reduce((a, b) => a + b));
show('reduceRight empty', () => new Uint8Array(0).reduceRight((a, b) => a + b));
show('sort with number', () => u8.sort(1));
show('toSorted with string', () => u8.toSorted('x'));
show('set past end', () => u8.set([1, 2, 3], 2));
show('set negative', () => u8.set([1], -1));
show('set typed past end', () => u8.set(new Uint8Array(5)));
show('set infinite offset', () => u8.set([], Infinity));
show('set null', () => u8.set(null));
show('set undefined', () => u8.set(undefined));
show('set number', () => u8.set(5));
show('with past end', () => u8.with(4, 1));
show('with before start', () => u8.with(-5, 1));
show('with symbol value', () => u8.with(0, Symbol()));
show('from null', () => Uint8Array.from(null));
show('from undefined', () => Uint8Array.from(undefined));
show('from bad mapper', () => Uint8Array.from([1], 'x'));
show('from non-constructor', () => Uint8Array.from.call({}, [1]));
show('of non-constructor', () => Uint8Array.of.call(Math.max, 1));
show('from small result', () => Uint8Array.from.call(function () { return new Uint8Array(0); }, [1]));
show('of array result', () => Uint8Array.of.call(function () { return [1]; }, 1));
show('of object result', () => Uint8Array.of.call(function () { return {}; }, 1));

class TooSmall extends Uint8Array {
  static get [Symbol.species]() {
    return function () { return new Uint8Array(1); };
  }
}
show('species too small', () => new TooSmall(4).map((x) => x));
class NotTyped extends Uint8Array {
  static get [Symbol.species]() {
    return function () { return {}; };
  }
}
show('species not typed', () => new NotTyped(2).filter(() => true));
class BadSpecies extends Uint8Array {
  static get [Symbol.species]() {
    return 1;
  }
}
show('species not constructor', () => new BadSpecies(2).slice());
const weird = new Uint8Array(2);
weird.constructor = 5;
show('constructor not object', () => weird.subarray(0));
weird.constructor = undefined;
show('constructor undefined', () => weird.slice(0));
