// A failed assert(value) / assert.ok / strict without a message quotes the call's source text,
// read from the file like node does (multi-line calls re-indented, strings, regular
// expressions, templates and comments inside the arguments).
const assert = require('assert');
const { strict } = assert;
function t(f) { try { f(); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage); } }
const x = 0, s = 'a/b';
t(() => assert(x));
t(() => assert.ok(x > 1 && s.includes('/'), undefined));
t(() => assert.ok(x,
    null));
t(() => strict(x === "it's)"));
t(() => assert.strict.ok(/\)/.test('') || `t${x + 1})`.length > 99));
t(() => { assert(
  x,
) });
t(() => assert(typeof x === 'string' /* comment ) */));
t(() => assert(0 / 1));
t(() => assert(null, null));
t(() => assert(""));
