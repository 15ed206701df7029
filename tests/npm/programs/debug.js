const debug = require('debug');
debug.enable('app');
const log = debug('app'); log.useColors = false; log.log = (...a) => console.log('LOG', a.length);
log('hello %s', 'w');
console.log(debug.enabled('app'), debug.enabled('other'));
