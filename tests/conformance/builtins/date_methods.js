// UTC getters and setters, string conversions in UTC, toJSON and Symbol.toPrimitive.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}

var d = new Date(Date.UTC(2020, 2, 7, 10, 20, 30, 456));
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours());
console.log(d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(), d.getTime(), d.valueOf());
console.log(d.toISOString(), d.toUTCString(), d.toGMTString(), d.toJSON());
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString);

var before = new Date(-1);
console.log(before.getUTCFullYear(), before.getUTCMonth(), before.getUTCDate(), before.getUTCDay(), before.getUTCHours(), before.getUTCMilliseconds());
var ancient = new Date(-62198755200000);
console.log(ancient.toISOString(), ancient.toUTCString(), ancient.getUTCFullYear());
console.log(new Date(-1e14).toISOString(), new Date(-1e14).toUTCString(), new Date(253402300800000).toISOString());
console.log(new Date(Date.UTC(5, 0, 1) - 1900 * 0).toISOString(), new Date(Date.UTC(2020, 0, 5)).toUTCString());

// UTC setters return the new time value and normalise overflow.
var s = new Date(Date.UTC(2020, 0, 31));
console.log(s.setUTCMonth(1), s.toISOString());
console.log(s.setUTCDate(0), s.toISOString());
console.log(s.setUTCFullYear(2021, 11, 32), s.toISOString());
console.log(s.setUTCHours(25, 61, 61, 1001), s.toISOString());
console.log(s.setUTCMinutes(-1), s.toISOString());
console.log(s.setUTCSeconds(90, 5), s.toISOString());
console.log(s.setUTCMilliseconds(-1), s.toISOString());
console.log(s.setTime(86400000), s.toISOString(), s.setTime('1000'), s.getTime());
console.log(s.setUTCHours(NaN), s.getTime(), s.setUTCDate(1), s.getTime());
console.log(s.setUTCFullYear(2000), s.toISOString());
console.log(s.setTime(8.64e15 + 1), s.setTime(), s.getTime());
console.log(new Date(0).setUTCMonth(0, 0), new Date(0).setUTCFullYear(1e9));

// Setter argument order and counts: absent arguments keep the old fields.
var partial = new Date(Date.UTC(2020, 5, 15, 12, 30, 45, 500));
partial.setUTCHours(1);
console.log(partial.toISOString());
partial.setUTCMinutes(2, 3);
console.log(partial.toISOString());
partial.setUTCMonth(0);
console.log(partial.toISOString());
var calls = [];
var nan = new Date(NaN);
nan.setUTCHours({ valueOf: function () { calls.push('h'); return 1; } }, { valueOf: function () { calls.push('m'); return 1; } });
console.log(calls.join(), nan.getTime());

// toJSON is generic.
console.log(Date.prototype.toJSON.call({ toISOString: function () { return 'custom'; } }));
console.log(Date.prototype.toJSON.call({ valueOf: function () { return Infinity; }, toISOString: function () { return 'x'; } }));
attempt('toJSON without toISOString', function () { return Date.prototype.toJSON.call({}); });

// Symbol.toPrimitive and coercions.
var p = new Date(0);
console.log(p[Symbol.toPrimitive]('number'), typeof p[Symbol.toPrimitive]('default'), typeof p[Symbol.toPrimitive]('string'));
console.log(typeof (p + 1), p - 1, +p, p * 1, p < new Date(1), p == 0);
attempt('hint x', function () { return p[Symbol.toPrimitive]('x'); });
attempt('hint missing', function () { return p[Symbol.toPrimitive](); });
attempt('toPrimitive on 1', function () { return Date.prototype[Symbol.toPrimitive].call(1, 'number'); });
var descriptor = Object.getOwnPropertyDescriptor(Date.prototype, Symbol.toPrimitive);
console.log(descriptor.writable, descriptor.enumerable, descriptor.configurable, descriptor.value.name, descriptor.value.length);
console.log(Date.prototype.setHours.length, Date.prototype.setUTCFullYear.length, Date.prototype.setMonth.length, Date.prototype.toJSON.length);

// Receivers that are not Dates.
var names = ['getTime', 'getUTCDate', 'valueOf', 'getTimezoneOffset', 'setTime', 'setUTCHours', 'toString', 'toISOString', 'toUTCString', 'toGMTString', 'toLocaleString', 'getYear', 'setYear', 'toDateString'];
names.forEach(function (name) {
  attempt(name, function () { return Date.prototype[name].call({}); });
});
attempt('getTime on 1', function () { return Date.prototype.getTime.call(1); });
attempt('setTime on date-like', function () { return Date.prototype.setTime.call({ getTime: function () { return 1; } }, 1); });
