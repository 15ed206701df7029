// Class error paths print node's messages.
class A { #x = 1; static read(o) { return o.#x; } static write(o) { o.#x = 2; } }
for (const f of [
  () => A(),
  () => A.read({}),
  () => A.write({}),
  () => { class B extends 5 {} },
  () => { class D extends A { constructor() { super(); super(); } } new D(); },
  () => { class E extends A { constructor() { } } new E(); },
]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
