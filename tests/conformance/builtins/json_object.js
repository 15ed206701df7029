// The JSON object itself: toStringTag, functions' names and lengths, attributes.
console.log(Object.prototype.toString.call(JSON), String(JSON[Symbol.toStringTag]));
console.log(JSON.parse.name, JSON.parse.length, JSON.stringify.name, JSON.stringify.length);
console.log(Object.getOwnPropertyNames(JSON));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, "JSON")));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(JSON, "parse")));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(JSON, Symbol.toStringTag)));
console.log(typeof JSON, Object.getPrototypeOf(JSON) === Object.prototype);
const roundTrip = { list: [1, "two", { three: [3] }], flag: false, nothing: null, text: "line\nbreak" };
console.log(JSON.stringify(JSON.parse(JSON.stringify(roundTrip))) === JSON.stringify(roundTrip));
console.log(JSON);
