// TypeErrors of the Promise constructor and prototype methods carry V8's messages.
const check = (label, f) => {
  try {
    const r = f();
    Promise.resolve(r).then((v) => console.log(label, 'value', typeof v), (e) => console.log(label, 'rejected', e.constructor.name, e.message));
  } catch (e) {
    console.log(label, 'threw', e.constructor.name, e.message);
  }
};
check('number executor', () => new Promise(1));
check('object executor', () => new Promise({}));
check('array executor', () => new Promise([]));
check('no executor', () => new Promise());
check('call without new', () => Promise());
check('then on number', () => Promise.prototype.then.call(1));
check('then on object', () => Promise.prototype.then.call({}));
check('resolve on number', () => Promise.resolve.call(1));
check('resolve on non-constructor', () => Promise.resolve.call({}));
check('reject on number', () => Promise.reject.call(1));
check('finally on number', () => Promise.prototype.finally.call(1));
check('catch on number', () => Promise.prototype.catch.call(1));
check('catch with bad then', () => Promise.prototype.catch.call({ then: 5 }));
check('catch with string then', () => Promise.prototype.catch.call({ then: 'abc' }));
check('executor called twice', () => Promise.resolve.call(function (executor) { executor(1, 2); executor(3, 4); }, 1));
check('executor not given functions', () => Promise.resolve.call(function (executor) { executor(1, 2); }, 1));
check('self resolution', () => { let resolve; const p = new Promise((r) => { resolve = r; }); resolve(p); return p; });
check('executor throws', () => new Promise(() => { throw new RangeError('inside'); }));
check('throw after resolve is ignored', () => new Promise((resolve) => { resolve('kept'); throw new Error('lost'); }));
check('bad constructor property', () => { const p = Promise.resolve(1); p.constructor = 5; return p.then(); });
check('bad species', () => { const p = Promise.resolve(1); p.constructor = { [Symbol.species]: 5 }; return p.then(); });
check('then getter throws', () => new Promise((r) => r({ get then() { throw new Error('getter'); } })));
check('then throws after resolving', () => new Promise((r) => r({ then(f) { f('first'); throw new Error('ignored'); } })));
