// A frame's column is where V8 places the call: a method call at its property name, a call of a
// computed member, a parenthesized member or an optional call at its `(`, a spread call like
// the plain one, anything else at the call's start.
function where() {
  console.log(new Error().stack.split('\n')[2].replace(__dirname, '<dir>'));
}
const o = { where, g: { h: where } };
const k = 'where';
const args = [];
where();
o.where();
o[k]();
o['where']();
o.g['h']();
o [ k ] ( );
o?.where();
o?.[k]();
o.where?.();
o?.g.h();
o?.g['h']();
o.where(...args);
o[k](...args);
where(...args);
o?.where(...args);
(o.where)();
(o[k])();
o
  .g
  .h();
