// Code that copies EventEmitter's own static properties (xml2js, older inheritance helpers)
// reads every one of them, EventEmitterAsyncResource's getter included.
const EventEmitter = require('events');
const copy = {};
for (const key in EventEmitter) {
  if (Object.prototype.hasOwnProperty.call(EventEmitter, key)) {
    copy[key] = EventEmitter[key];
  }
}
console.log(Object.keys(copy).sort());
console.log(typeof copy.EventEmitterAsyncResource, copy.EventEmitterAsyncResource === EventEmitter.EventEmitterAsyncResource);
console.log(copy.EventEmitterAsyncResource.name, copy.EventEmitterAsyncResource.prototype instanceof EventEmitter);
