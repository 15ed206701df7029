// Array-building built-ins define elements on their result: plain arrays, holes, species
// results that are non-extensible, frozen or have a fixed length, and array-likes.
const source = [1, 2, , 4, 5];
console.log(source.map((x) => x * 2), source.filter((x) => x > 1), Array.from({ length: 3 }, (_, i) => i * i));
console.log([..."abc"].map((c, i) => c + i), Array.of(7, 8, 9), [3, 1, 2].slice(1), [1, [2, [3]]].flat(2));

class Sealed extends Array {
  static get [Symbol.species]() {
    return function (length) {
      const result = new Array(length);
      Object.preventExtensions(result);
      return result;
    };
  }
}
const sealed = Sealed.from([1, 2, 3]);
for (const method of ["map", "filter", "slice", "concat", "flatMap"]) {
  try {
    const result = sealed[method]((x) => x);
    console.log(method, "ok", result);
  } catch (error) {
    console.log(method, error.constructor.name, error.message);
  }
}

class Fixed extends Array {
  static get [Symbol.species]() {
    return function () {
      const result = [];
      Object.defineProperty(result, "length", { writable: false });
      return result;
    };
  }
}
const fixed = Fixed.from([1, 2]);
for (const method of ["map", "filter", "slice"]) {
  try {
    console.log(method, fixed[method]((x) => x));
  } catch (error) {
    console.log(method, error.constructor.name, error.message);
  }
}

class Frozen extends Array {
  static get [Symbol.species]() {
    return function (length) {
      return Object.freeze(new Array(length).fill(0));
    };
  }
}
try {
  console.log(Frozen.from([1, 2]).map((x) => x + 1));
} catch (error) {
  console.log(error.constructor.name, error.message);
}

class Logged extends Array {
  static get [Symbol.species]() {
    return function (length) {
      return new Proxy(new Array(length), {
        defineProperty(target, key, descriptor) {
          console.log("define", key, descriptor.value);
          return Reflect.defineProperty(target, key, descriptor);
        },
      });
    };
  }
}
console.log(Array.from(Logged.from([5, 6]).map((x) => -x)));
const long = new Array(3000).fill(1).map((x, i) => x + i);
console.log(long.length, long[0], long[2999], long.filter((x) => x % 1000 === 0));
const a = [1]; Object.defineProperty(a, "length", { writable: false });
try { Object.defineProperty(a, 3, { value: 1 }); } catch (e) { console.log(e.message); }
try { Reflect.defineProperty(a, 3, { value: 1 }) || console.log("false"); } catch (e) { console.log(e.message); }
try { "use strict"; a.push(2); } catch (e) { console.log(e.message); }
try { Array.prototype.splice.call(a, 1, 0, 5); } catch (e) { console.log(e.message); }
try { Object.defineProperty(a, 0, { value: 9 }); console.log(a[0]); } catch (e) { console.log(e.message); }
