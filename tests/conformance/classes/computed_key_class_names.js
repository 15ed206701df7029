// An anonymous class under a computed key takes the key as its name (a symbol: "[description]").
var s = Symbol('t');
var o = { [s]: class {}, ['a' + 'b']: class {}, [Symbol()]: class {}, ['x']: class { static name() { return 'own'; } }, ['y']: class Named {} };
console.log(o[s].name, o.ab.name, typeof o.x.name, o.y.name);
console.log(Object.getOwnPropertySymbols(o).map(k => JSON.stringify(o[k].name)));
