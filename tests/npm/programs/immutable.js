const { Map, List, fromJS } = require('immutable');
const m = Map({ a: 1 }).set('b', 2); const l = List([1, 2, 3]).push(4).map(x => x * 2);
console.log(m.toJS(), l.toArray(), fromJS({ x: [1, { y: 2 }] }).getIn(['x', 1, 'y']), m.equals(Map({ a: 1, b: 2 })));
