// Local-time methods checked through relations that hold in every time zone.
var d = new Date(2020, 2, 7, 10, 20, 30, 456);
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
console.log(d.getYear(), typeof d.getTimezoneOffset());
console.log(d.getTime() === Date.UTC(2020, 2, 7, 10, 20, 30, 456) + d.getTimezoneOffset() * 60000);

// The string forms of a date built from local fields show those fields.
console.log(d.toDateString(), d.toLocaleDateString(), d.toLocaleTimeString(), d.toLocaleString());
var pattern = new RegExp('^Sat Mar 07 2020 10:20:30 GMT[+-]\\d{4} \\(.+\\)$');
console.log(pattern.test(d.toString()), pattern.test(String(d)), new RegExp('^10:20:30 GMT[+-]\\d{4} \\(.+\\)$').test(d.toTimeString()));
var offset = -d.getTimezoneOffset();
var sign = offset < 0 ? '-' : '+';
var abs = Math.abs(offset);
function two(n) {
  return n < 10 ? '0' + n : String(n);
}
var expectedOffset = new RegExp(' GMT\\' + sign + two(Math.floor(abs / 60)) + two(abs % 60) + ' ');
console.log(expectedOffset.test(d.toString()));
console.log(new Date(2020, 0, 1, 0, 5).toLocaleTimeString(), new Date(2020, 0, 1, 12, 5).toLocaleTimeString(), new Date(2020, 0, 1, 23, 59, 59).toLocaleTimeString());
console.log(new Date(5, 0, 1).toLocaleDateString(), new Date(-1, 0, 1).getFullYear());

// Local setters keep the other local fields.
var s = new Date(2020, 0, 31, 12, 0, 0);
s.setMonth(1);
console.log(s.getMonth(), s.getDate(), s.getHours());
s.setDate(15);
s.setHours(23, 59, 59, 999);
console.log(s.getDate(), s.getHours(), s.getMinutes(), s.getSeconds(), s.getMilliseconds());
s.setMinutes(61);
console.log(s.getDate(), s.getHours(), s.getMinutes());
s.setSeconds(-1);
s.setMilliseconds(1500);
console.log(s.getMinutes(), s.getSeconds(), s.getMilliseconds());
s.setFullYear(2021, 5, 6);
console.log(s.getFullYear(), s.getMonth(), s.getDate(), s.getHours());
s.setYear(99);
console.log(s.getFullYear(), s.getYear());
s.setYear(2005);
console.log(s.getFullYear());
var fromInvalid = new Date(NaN);
fromInvalid.setFullYear(2020);
console.log(fromInvalid.getFullYear(), fromInvalid.getMonth(), fromInvalid.getDate(), fromInvalid.getHours());
console.log(new Date(NaN).setHours(1), new Date(NaN).setDate(1), new Date(NaN).setMonth(1));

// Local and UTC fields agree with the offset.
[0, 1e12, 1583576430456, -1e12].forEach(function (time) {
  var date = new Date(time);
  var local = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds());
  console.log((local - time) / 60000 === -date.getTimezoneOffset());
});
console.log(new Date(2020, 5, 15).getDay(), new Date(1970, 0, 1).getDay(), new Date(2000, 1, 29).getDate());
