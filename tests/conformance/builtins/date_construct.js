// Date constructor forms, Date.UTC, Date.now and invalid dates (zone-independent).
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}

console.log(Date.length, Date.name, Date.UTC.length, Date.parse.length, Date.now.length);
console.log(Object.getOwnPropertyNames(Date).join());
console.log(Object.getOwnPropertyNames(Date.prototype).join());
console.log(typeof Date(), typeof Date(0), Date(0) === Date(1));
console.log(typeof Date.now(), Date.now() > 1.5e12, Number.isInteger(Date.now()));
console.log(new Date().getTime() > 1.5e12);

// From a time value.
console.log(new Date(0).toISOString(), new Date(1583576430456).toISOString(), new Date(-1).toISOString());
console.log(new Date(8.64e15).toISOString(), new Date(-8.64e15).toISOString());
console.log(new Date(8.64e15 + 1).getTime(), new Date(Infinity).getTime(), new Date(NaN).getTime());
console.log(new Date(1.9).getTime(), new Date(-1.9).getTime(), Object.is(new Date(-0).getTime(), 0));
console.log(new Date(true).getTime(), new Date(null).getTime(), new Date(undefined).getTime(), new Date('').getTime());
console.log(new Date({ valueOf: function () { return 7; } }).getTime());
console.log(new Date({ toString: function () { return '1970-01-01T00:00:01Z'; }, valueOf: undefined }).getTime());
var original = new Date(123456);
console.log(new Date(original).getTime(), new Date(original) !== original);
var toPrimitiveCalls = 0;
var boxed = {};
boxed[Symbol.toPrimitive] = function (hint) { toPrimitiveCalls++; return hint === 'default' ? 42 : 0; };
console.log(new Date(boxed).getTime(), toPrimitiveCalls);

// From components: Date.UTC and the same shape through the local constructor.
console.log(Date.UTC(2020, 2, 7, 10, 20, 30, 456), Date.UTC(2020), Date.UTC(2020, 0), Date.UTC());
console.log(Date.UTC(99, 0), Date.UTC(100, 0), Date.UTC(0, 0), Date.UTC(-1, 0), Date.UTC(99.9, 0));
console.log(Date.UTC(2020, 12, 1), Date.UTC(2020, -1, 1), Date.UTC(2020, 1, 30), Date.UTC(2020, 0, 0));
console.log(Date.UTC(2020, 0, 1, 24), Date.UTC(2020, 0, 1, 0, -1), Date.UTC(2020, 0, 1, 0, 0, 0, -1));
console.log(Date.UTC(275760, 8, 13), Date.UTC(275760, 8, 13, 0, 0, 0, 1), Date.UTC(1e9, 0));
console.log(Date.UTC(NaN), Date.UTC(2020, NaN), Date.UTC(2020, 0, Infinity), Date.UTC('2020', '1', '2'));
console.log(new Date('1970-01-01T00:00:00.000Z', 5).getTime());
console.log(new Date(2020, 0).getTime() === new Date(2020, 0, 1, 0, 0, 0, 0).getTime());
console.log(new Date(2020, 1, 29).getDate(), new Date(2019, 1, 29).getDate(), new Date(2020, 11, 31, 23, 59, 59, 999).getFullYear());
console.log(new Date(99, 0).getFullYear(), new Date(100, 0).getFullYear(), new Date(2020, 13, 1).getMonth());

// Coercion order: each argument is converted once, in order.
var order = [];
function tracked(name, value) {
  return { valueOf: function () { order.push(name); return value; } };
}
new Date(tracked('y', 2020), tracked('m', 1), tracked('d', 1), tracked('h', 0), tracked('min', 0), tracked('s', 0), tracked('ms', 0));
Date.UTC(tracked('y', 2020), tracked('m', 1));
console.log(order.join());

// Invalid Date.
var invalid = new Date(NaN);
console.log(String(invalid), invalid.toString(), invalid.toDateString(), invalid.toTimeString(), invalid.toUTCString());
console.log(invalid.toLocaleString(), invalid.toLocaleDateString(), invalid.toLocaleTimeString(), invalid.toJSON());
console.log(invalid.getTime(), invalid.getFullYear(), invalid.getUTCDay(), invalid.getTimezoneOffset(), invalid.getYear());
attempt('toISOString', function () { return invalid.toISOString(); });
console.log(invalid, [invalid]);

// Subclass and prototype.
class MyDate extends Date {
  year() {
    return this.getUTCFullYear();
  }
}
var mine = new MyDate(0);
console.log(mine instanceof Date, mine.year(), Object.prototype.toString.call(mine));
console.log(Object.prototype.toString.call(Date.prototype), Object.getPrototypeOf(Date.prototype) === Object.prototype);
console.log(new Date(0), [new Date(86400000)], { when: new Date(1e12) });
