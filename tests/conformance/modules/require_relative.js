const math = require('./fixtures/math');
const again = require('./fixtures/math.js');
console.log(math.add(2, 3), math.name, math === again, math.loadedBefore);
const greet = require('./fixtures/lib');
console.log(greet('world'), greet.name);
const c1 = require('./fixtures/counter'); c1.next(); c1.next();
console.log(require('./fixtures/counter').next());
console.log(require('./fixtures/paths').join(' '));
