// Subclassing: `class X extends EventEmitter`, and the old style with EventEmitter.call(this)
// plus util.inherits or Object.setPrototypeOf, and mixing into an existing object.
const EventEmitter = require('events');
const util = require('util');

class Door extends EventEmitter {
  open() {
    this.emit('open', this.name);
  }
}
const door = new Door();
door.name = 'front';
door.on('open', function(name) {
  console.log('opened', name, this === door, this instanceof Door, this instanceof EventEmitter);
});
door.open();
console.log(door);

function Legacy(label) {
  EventEmitter.call(this);
  this.label = label;
}
util.inherits(Legacy, EventEmitter);
Legacy.prototype.fire = function() {
  return this.emit('fire', this.label);
};
const legacy = new Legacy('old');
legacy.on('fire', (label) => console.log('fired', label));
console.log(legacy.fire(), Legacy.super_ === EventEmitter, legacy instanceof EventEmitter);
console.log(legacy);

function Plain() {
  EventEmitter.init.call(this);
}
Object.setPrototypeOf(Plain.prototype, EventEmitter.prototype);
const plain = new Plain();
plain.once('x', (v) => console.log('plain', v));
plain.emit('x', 1);
console.log(plain.emit('x', 2));

// An object with its own _events keeps them (shapeMode).
const proto = new EventEmitter();
proto.on('shared', () => console.log('shared listener'));
const child = Object.create(proto);
EventEmitter.call(child);
child.emit('shared');
console.log(child.listenerCount('shared'), proto.listenerCount('shared'));
