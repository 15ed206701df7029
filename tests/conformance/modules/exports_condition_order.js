// Conditions of package "exports" are tried in the order the package lists them, not sorted.
console.log(require('orderpkg'), require('orderpkg/sub'), require('orderpkg/plain'));
console.log(require.resolve('orderpkg').split('/').pop());
