const util = require('util');
const target = { a: 1, nested: { b: [1, 2] } };
const handler = {
  get(t, k) {
    console.log('trap get', String(k));
    return Reflect.get(t, k);
  },
  ownKeys(t) {
    console.log('trap ownKeys');
    return Reflect.ownKeys(t);
  },
};
const proxy = new Proxy(target, handler);
console.log(proxy);
console.log(util.inspect(proxy, { showProxy: true }));
console.log(util.inspect(new Proxy([1, 2, 3], {}), { showProxy: false }));
console.log(util.inspect({ inner: new Proxy({ x: 1 }, {}) }, { showProxy: true, depth: 0 }));
console.log(util.format('%o', new Proxy({ y: 2 }, {})));
const { proxy: revocable, revoke } = Proxy.revocable({}, {});
revoke();
console.log(revocable, [revocable]);
console.log(util.inspect(new Proxy(function named() {}, {})));
console.log(util.types.isProxy(proxy), util.types.isProxy(target), util.types.isProxy(revocable), util.types.isProxy(new Proxy(() => {}, {})));
const custom = new Proxy({ [util.inspect.custom]() { return 'custom:' + (this === custom); } }, {});
console.log(custom);
console.log(`${util.types.isModuleNamespaceObject({})}`);
