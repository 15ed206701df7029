// Where V8 places the error of a compound assignment's operation (`x -= 1n` mixing BigInt and
// numbers): at the statement position it last recorded — an expression statement's, a
// return's, a throw's, an if's or a switch's start, a declaration's initializer — or, where V8
// records the expression itself (a loop condition, a for update, a comma operand, an arrow
// function's expression body), at the operator. The last case is uncaught: node's caret.
let x = 1;
const where = (f) => {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.stack.split('\n')[1].match(/:(\d+:\d+)\)?$/)[1], e.message);
  }
};
where(function statement() {
    x -= 1n;
});
where(() => x *= 2n);
where(function member() { const o = { p: 1 }; o.p += 1n; });
where(function element() { const arr = [1]; arr[0] -= 1n; });
where(function nested() { let z = 1; if (true) z **= 2n; return z; });
where(function returned() { return (x += 1n) + 1; });
where(function loop() { for (let i = 0; i < 1; i++) x <<= 1n; });
where(function declared() { let a = 1, b = (a -= 1n); });
where(function condition() { if ((x -= 1n)) {} });
where(function update() { for (let i = 0; i < 1; x -= 1n) { i++; } });
where(function thrown() { throw (x -= 1n); });
where(function whileCondition() { while (x -= 1n) {} });
where(function comma() {   x++, x -= 1n; });
where(function inner() { return () => { x -= 1n; }; }());
where(() => { x -= 1n; });
where(() => (1, x -= 1n));
where(function chained() { let y; y = x -= 1n; });
where(function switched() { switch (x -= 1n) {} });
where(function doWhile() { do {} while (x -= 1n); });
where(function plain() { x = x - 1n; });
where(function template() { `${x -= 1n}`; });
where(function fine() { let n = 1; n += 2; n -= 1; n *= 3; n **= 2; n %= 5; n <<= 2; n >>= 1; n >>>= 0; n &= 7; n |= 8; n ^= 1; return n; });
let total = 10;
total /= 2n;
