// A thrown string: a blank line, the arrow, the string and node's hint.
function fail() {
  throw 'plain string thrown';
}
fail();
