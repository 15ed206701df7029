// kiln: --script
// Block-level function declarations of a script also create global vars (Annex B.3.2.2).
console.log('before', typeof blockFn, Object.getOwnPropertyDescriptor(globalThis, 'blockFn'));
{
  function blockFn() { return 'block'; }
}
console.log('after', typeof blockFn, globalThis.blockFn === blockFn, blockFn());
if (false) {
  function neverEvaluated() {}
}
console.log('not evaluated', typeof neverEvaluated, 'neverEvaluated' in globalThis);
let lexicalName = 'lexical';
{
  function lexicalName() {}
}
console.log('lexical wins', lexicalName, 'lexicalName' in globalThis);
with ({ fromObject: 'object value' }) {
  function readsObject() { return fromObject; }
}
console.log('with', readsObject());
var x = 'global x';
with ({ x: 'object x' }) {
  console.log('with read', x);
  x = 'assigned';
}
console.log('with write', x);
