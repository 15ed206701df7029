// How emitters print: node's own properties (_events, _eventsCount, _maxListeners and the
// shapeMode/kCapture symbols), once wrappers as bound functions with `listener`, subclasses.
const EventEmitter = require('events');
const e = new EventEmitter();
console.log(e);
e.on('x', () => {});
e.on('x', function named() {});
e.once('y', function onlyOnce() {});
e.setMaxListeners(3);
console.log(e);
console.log(Object.keys(e), Object.getOwnPropertySymbols(e).map(String));
class Child extends EventEmitter {
  constructor() {
    super({ captureRejections: true });
    this.name = 'child';
  }
}
console.log(new Child());
console.log(EventEmitter.prototype);
console.log(Object.getOwnPropertyNames(EventEmitter.prototype).join(' '));
console.log(Object.keys(EventEmitter).join(' '));
console.log(EventEmitter.prototype.on === EventEmitter.prototype.addListener, EventEmitter.prototype.off === EventEmitter.prototype.removeListener);
console.log(EventEmitter.prototype.on.name, EventEmitter.prototype.off.name, EventEmitter.name, EventEmitter.length);
console.log(EventEmitter.prototype.emit.length, EventEmitter.prototype.listenerCount.length, EventEmitter.once.length, EventEmitter.on.length);
console.log(e.rawListeners('y')[0].name, e.rawListeners('y')[0].listener.name);
