const { LRUCache } = require('lru-cache'); const EE = require('eventemitter3');
const c = new LRUCache({ max: 2 }); c.set('a', 1); c.set('b', 2); c.get('a'); c.set('c', 3);
console.log([...c.keys()], c.has('b'));
const e = new EE(); e.on('x', (v) => console.log('got', v)); e.emit('x', 5); console.log(e.listenerCount('x'));
