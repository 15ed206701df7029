// An invalid regular expression literal is an early error: nothing of the file runs.
console.log('not printed');
function later() {
  return /a(b/.test('x');
}
