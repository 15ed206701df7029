// Date.parse and new Date(string): ISO forms and the legacy formats V8 accepts. Strings with
// an explicit zone give the same time value everywhere; local ones are compared with the
// local constructor.
var utcForms = [
  '2020-03-07', '2020-03', '2020', '+002020-03-07', '-000001-01-01T00:00:00Z', '2020-03-07T10:20:30.456Z',
  '2020-03-07T10:20:30Z', '2020-03-07T10:20Z', '2020-03-07T10:20:30.4Z', '2020-03-07T10:20:30.4567Z',
  '2020-03-07T10:20:30+01:00', '2020-03-07T10:20:30-0530', '2020-03-07T24:00:00Z', '1970-01-01T00:00:00.000+00:00',
  'Sat, 07 Mar 2020 10:00:00 GMT', 'Sat, 07 Mar 2020 10:00:00 UTC', 'Sat Mar 07 2020 10:00:00 GMT+0100 (Central European Standard Time)',
  'Sat Mar 07 2020 10:00:00 GMT-0800', 'Mar 7 2020 10:00 PM EST', '3/7/2020 10:00 PM PDT', '7 March 2020 10:00 GMT+2',
  'Thu, 01 Jan 1970 00:00:00 GMT', 'Thu, 01 Jan 1970 00:00:00 GMT+0130', '2020-03-07T10:00:00.000Z',
  '2020-03-07 10:00:00Z', '2020-03-07 10:00:00 UTC', 'March 7, 2020 10:00:00 UTC', '12:00 1/1/2000 GMT',
];
utcForms.forEach(function (text) {
  console.log(JSON_like(text), Date.parse(text), new Date(text).getTime() === Date.parse(text));
});

var invalidForms = [
  '', 'hello', '2020-13-01', '2020-02-30T10:00Z', '2020-03-07T25:00Z', '2020-03-07T10:60Z', '-000000-01-01',
  '2020-03-07T10:00:00+25:00', '2020/13/45', 'March 32 2020', '2020-03-07 garbage', '1/2/3/4', '10:00:00',
  '2020-03-07T', 'T10:00', '2020-03-07T10', '2020-03-07 10:00 +', 'Sat 99 Mar 2020', '))2020',
];
invalidForms.forEach(function (text) {
  console.log(JSON_like(text), Date.parse(text));
});

// Local-time forms equal the local constructor's result in any zone.
var localForms = [
  ['March 7, 2020', [2020, 2, 7]], ['2020/03/07 10:00', [2020, 2, 7, 10, 0]], ['2020-03-07T10:00', [2020, 2, 7, 10, 0]],
  ['2020-03-07T10:00:00.123', [2020, 2, 7, 10, 0, 0, 123]], ['3/7/2020', [2020, 2, 7]], ['3/7/20', [2020, 2, 7]],
  ['3/7/70', [1970, 2, 7]], ['7 Mar 2020', [2020, 2, 7]], ['Mar 7', [2001, 2, 7]], ['3/7', [2001, 2, 7]],
  ['2020-3-7', [2020, 2, 7]], ['Saturday, March 7, 2020 10:30:15 AM', [2020, 2, 7, 10, 30, 15]],
  ['Mar 7 2020 12:00 AM', [2020, 2, 7, 0, 0]], ['Mar 7 2020 12:00 PM', [2020, 2, 7, 12, 0]], ['2020-03-07 10:00', [2020, 2, 7, 10, 0]],
  ['Dec 25, 1995 13:30', [1995, 11, 25, 13, 30]], ['1995-12-25 13:30:00.5', [1995, 11, 25, 13, 30, 0, 500]],
  ['Sat Mar 07 2020 10:00:00', [2020, 2, 7, 10, 0, 0]], ['2020-03-07T24:00', [2020, 2, 8, 0, 0]], ['Jan 1 0', [2000, 0, 1]],
];
localForms.forEach(function (pair) {
  var expected = new (Function.prototype.bind.apply(Date, [null].concat(pair[1])))().getTime();
  console.log(JSON_like(pair[0]), Date.parse(pair[0]) === expected);
});

// toString, toUTCString and toISOString round-trip.
[0, 1583576430000, -1e12, 253402300799000].forEach(function (time) {
  var date = new Date(time);
  console.log(Date.parse(date.toString()) === time, Date.parse(date.toUTCString()) === time, Date.parse(date.toISOString()) === time);
});

function JSON_like(text) {
  return "'" + text + "'";
}
