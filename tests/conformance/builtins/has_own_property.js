// hasOwnProperty ignores inherited properties.
const proto = { inherited: 1 };
const o = Object.create(proto);
o.own = 0;
o[5] = "five";
console.log(o.hasOwnProperty("own"), o.hasOwnProperty("inherited"), o.hasOwnProperty("hasOwnProperty"));
console.log(o.hasOwnProperty(5), o.hasOwnProperty("5"), [1].hasOwnProperty(0), [1].hasOwnProperty("length"));
console.log(Object.prototype.hasOwnProperty.call(Object.create(null), "x"), "abc".hasOwnProperty(1));
