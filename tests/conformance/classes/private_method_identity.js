// An instance private method (or accessor) is one function shared by every instance, created
// with the class; each class evaluation makes new ones.
class B { greet() { return 'B'; } }
function make() {
  return class C extends B {
    #v = 1;
    get #a() { return this.#v; }
    set #a(x) { this.#v = x; }
    #m() { return super.greet() + this.#a; }
    async #am() { return 42; }
    *#g() { yield this.#v; }
    run() { this.#a = 5; return [this.#m(), [...this.#g()]]; }
    same(other) { return [this.#m === other.#m, this.#am === other.#am, this.#g === other.#g]; }
    static m(o) { return o.#m; }
    static am(o) { return o.#am; }
  };
}
const C = make();
const a = new C(), b = new C();
console.log(a.run(), a.same(b), a.same(a));
console.log(C.m(a).name, C.am(a).name, typeof C.m(a));
const D = make();
console.log(C.m(a) === D.m(new D()));
C.am(b).call(b).then((v) => console.log(v));
