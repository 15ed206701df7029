// Functions print with their names.
function named() {}
const assigned = function () {};
const arrow = () => {};
const obj = { method() {}, prop: function () {}, arrowProp: () => 1 };
console.log(named, assigned, arrow);
console.log([function () {}, () => {}]);
console.log(obj);
console.log(named.bind(null));
console.log({ f: named, nested: { g: arrow } });
function withProps() {}
withProps.extra = 1;
console.log(withProps);
console.log([withProps]);
function Ctor() {}
console.log(Ctor, [Ctor]);
