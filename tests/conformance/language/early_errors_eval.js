// Early errors swc's parser lets through, checked on direct eval code (where they become a
// SyntaxError thrown by eval): each program must be rejected before any of it runs, and the
// programs at the end must be accepted. (Each eval has constant text, so kiln compiles it.)
function report(text, e) {
  console.log(JSON.stringify(text), "->", e.name + ": " + e.message);
}
try { eval("function* g(x = 0, x) {}"); console.log("compiled:", "\"function* g(x = 0, x) {}\""); } catch (e) { report("function* g(x = 0, x) {}", e); }
try { eval("async function* g(a, a) { \"use strict\"; }"); console.log("compiled:", "\"async function* g(a, a) { \\\"use strict\\\"; }\""); } catch (e) { report("async function* g(a, a) { \"use strict\"; }", e); }
try { eval("(function (p, p, p) { \"use strict\"; })"); console.log("compiled:", "\"(function (p, p, p) { \\\"use strict\\\"; })\""); } catch (e) { report("(function (p, p, p) { \"use strict\"; })", e); }
try { eval("({ m(a, a) {} })"); console.log("compiled:", "\"({ m(a, a) {} })\""); } catch (e) { report("({ m(a, a) {} })", e); }
try { eval("0, class { static async *m(x = 0, x) {} }"); console.log("compiled:", "\"0, class { static async *m(x = 0, x) {} }\""); } catch (e) { report("0, class { static async *m(x = 0, x) {} }", e); }
try { eval("0, class { constructor(a, a) {} }"); console.log("compiled:", "\"0, class { constructor(a, a) {} }\""); } catch (e) { report("0, class { constructor(a, a) {} }", e); }
try { eval("var f = ({ y: x }, ...x) => 1;"); console.log("compiled:", "\"var f = ({ y: x }, ...x) => 1;\""); } catch (e) { report("var f = ({ y: x }, ...x) => 1;", e); }
try { eval("(a, a) => 1"); console.log("compiled:", "\"(a, a) => 1\""); } catch (e) { report("(a, a) => 1", e); }
try { eval("function f(eval) { \"use strict\"; }"); console.log("compiled:", "\"function f(eval) { \\\"use strict\\\"; }\""); } catch (e) { report("function f(eval) { \"use strict\"; }", e); }
try { eval("var f = function arguments() { \"use strict\"; };"); console.log("compiled:", "\"var f = function arguments() { \\\"use strict\\\"; };\""); } catch (e) { report("var f = function arguments() { \"use strict\"; };", e); }
try { eval("function f(static) { \"use strict\"; }"); console.log("compiled:", "\"function f(static) { \\\"use strict\\\"; }\""); } catch (e) { report("function f(static) { \"use strict\"; }", e); }
try { eval("function f() { \"\\2\"; \"use strict\"; }"); console.log("compiled:", "\"function f() { \\\"\\\\2\\\"; \\\"use strict\\\"; }\""); } catch (e) { report("function f() { \"\\2\"; \"use strict\"; }", e); }
try { eval("\"\\08\"; \"use strict\";"); console.log("compiled:", "\"\\\"\\\\08\\\"; \\\"use strict\\\";\""); } catch (e) { report("\"\\08\"; \"use strict\";", e); }
try { eval("function f() { \"\\9\"; \"use strict\"; }"); console.log("compiled:", "\"function f() { \\\"\\\\9\\\"; \\\"use strict\\\"; }\""); } catch (e) { report("function f() { \"\\9\"; \"use strict\"; }", e); }
try { eval("var \\u{64}elete = 1;"); console.log("compiled:", "\"var \\\\u{64}elete = 1;\""); } catch (e) { report("var \\u{64}elete = 1;", e); }
try { eval("var n\\u0075ll;"); console.log("compiled:", "\"var n\\\\u0075ll;\""); } catch (e) { report("var n\\u0075ll;", e); }
try { eval("var f = async function () { void \\u0061wait; };"); console.log("compiled:", "\"var f = async function () { void \\\\u0061wait; };\""); } catch (e) { report("var f = async function () { void \\u0061wait; };", e); }
try { eval("var f = async function f() { \\u0061wait: ; };"); console.log("compiled:", "\"var f = async function f() { \\\\u0061wait: ; };\""); } catch (e) { report("var f = async function f() { \\u0061wait: ; };", e); }
try { eval("var C = class { async *gen() { var \\u0061wait; } };"); console.log("compiled:", "\"var C = class { async *gen() { var \\\\u0061wait; } };\""); } catch (e) { report("var C = class { async *gen() { var \\u0061wait; } };", e); }
try { eval("class C { static { var \\u0061wait; } }"); console.log("compiled:", "\"class C { static { var \\\\u0061wait; } }\""); } catch (e) { report("class C { static { var \\u0061wait; } }", e); }
try { eval("function* g() { var yi\\u0065ld; }"); console.log("compiled:", "\"function* g() { var yi\\\\u0065ld; }\""); } catch (e) { report("function* g() { var yi\\u0065ld; }", e); }
try { eval("\"use strict\"; var \\u0073\\u0074\\u0061\\u0074\\u0069\\u0063 = 123;"); console.log("compiled:", "\"\\\"use strict\\\"; var \\\\u0073\\\\u0074\\\\u0061\\\\u0074\\\\u0069\\\\u0063 = 123;\""); } catch (e) { report("\"use strict\"; var \\u0073\\u0074\\u0061\\u0074\\u0069\\u0063 = 123;", e); }
try { eval("async function f() { (\\u0061wait) => 1; }"); console.log("compiled:", "\"async function f() { (\\\\u0061wait) => 1; }\""); } catch (e) { report("async function f() { (\\u0061wait) => 1; }", e); }
try { eval("var C = class { #x; #x; };"); console.log("compiled:", "\"var C = class { #x; #x; };\""); } catch (e) { report("var C = class { #x; #x; };", e); }
try { eval("var C = class { static #m; #m() {} };"); console.log("compiled:", "\"var C = class { static #m; #m() {} };\""); } catch (e) { report("var C = class { static #m; #m() {} };", e); }
try { eval("class C { get #m() {} #m() {} }"); console.log("compiled:", "\"class C { get #m() {} #m() {} }\""); } catch (e) { report("class C { get #m() {} #m() {} }", e); }
try { eval("class C { static get #m() {} set #m(v) {} }"); console.log("compiled:", "\"class C { static get #m() {} set #m(v) {} }\""); } catch (e) { report("class C { static get #m() {} set #m(v) {} }", e); }
try { eval("var C = class extends function () { x = this.#foo; } { #foo; };"); console.log("compiled:", "\"var C = class extends function () { x = this.#foo; } { #foo; };\""); } catch (e) { report("var C = class extends function () { x = this.#foo; } { #foo; };", e); }
try { eval("class C { #\\u200D_ZWJ; }"); console.log("compiled:", "\"class C { #\\\\u200D_ZWJ; }\""); } catch (e) { report("class C { #\\u200D_ZWJ; }", e); }
try { eval("class C { static prototype() {} }"); console.log("compiled:", "\"class C { static prototype() {} }\""); } catch (e) { report("class C { static prototype() {} }", e); }
try { eval("class C { static \"prototype\" = 1 }"); console.log("compiled:", "\"class C { static \\\"prototype\\\" = 1 }\""); } catch (e) { report("class C { static \"prototype\" = 1 }", e); }
try { eval("class C { constructor = 1 }"); console.log("compiled:", "\"class C { constructor = 1 }\""); } catch (e) { report("class C { constructor = 1 }", e); }
try { eval("label: async function f() {}"); console.log("compiled:", "\"label: async function f() {}\""); } catch (e) { report("label: async function f() {}", e); }
try { eval("label: function* g() {}"); console.log("compiled:", "\"label: function* g() {}\""); } catch (e) { report("label: function* g() {}", e); }
try { eval("for (;;) async function* g() {}"); console.log("compiled:", "\"for (;;) async function* g() {}\""); } catch (e) { report("for (;;) async function* g() {}", e); }
try { eval("while (false) label: function f() {}"); console.log("compiled:", "\"while (false) label: function f() {}\""); } catch (e) { report("while (false) label: function f() {}", e); }
try { eval("for (let x of []) label1: label2: function f() {}"); console.log("compiled:", "\"for (let x of []) label1: label2: function f() {}\""); } catch (e) { report("for (let x of []) label1: label2: function f() {}", e); }
try { eval("if (true) async function f() {}"); console.log("compiled:", "\"if (true) async function f() {}\""); } catch (e) { report("if (true) async function f() {}", e); }
try { eval("if (true) function* g() {}"); console.log("compiled:", "\"if (true) function* g() {}\""); } catch (e) { report("if (true) function* g() {}", e); }
try { eval("if (true) l: function f() {}"); console.log("compiled:", "\"if (true) l: function f() {}\""); } catch (e) { report("if (true) l: function f() {}", e); }
try { eval("with ({}) function f() {}"); console.log("compiled:", "\"with ({}) function f() {}\""); } catch (e) { report("with ({}) function f() {}", e); }
try { eval("do function f() {} while (false)"); console.log("compiled:", "\"do function f() {} while (false)\""); } catch (e) { report("do function f() {} while (false)", e); }
try { eval("if (false) let\n[a] = 0;"); console.log("compiled:", "\"if (false) let\\n[a] = 0;\""); } catch (e) { report("if (false) let\n[a] = 0;", e); }
try { eval("if (false) { L: let\n[a] = 0; }"); console.log("compiled:", "\"if (false) { L: let\\n[a] = 0; }\""); } catch (e) { report("if (false) { L: let\n[a] = 0; }", e); }
try { eval("\"use strict\"; if (true) function f() {}"); console.log("compiled:", "\"\\\"use strict\\\"; if (true) function f() {}\""); } catch (e) { report("\"use strict\"; if (true) function f() {}", e); }
try { eval("for (false;\nfalse\n) { break; }"); console.log("compiled:", "\"for (false;\\nfalse\\n) { break; }\""); } catch (e) { report("for (false;\nfalse\n) { break; }", e); }
try { eval("/  /"); console.log("compiled:", "\"/  /\""); } catch (e) { report("/  /", e); }

// What stays allowed.
try { eval("function f(a, a) { return a; }"); console.log("ok:", "\"function f(a, a) { return a; }\""); } catch (e) { report("function f(a, a) { return a; }", e); }
try { eval("async function f(a, a) {}"); console.log("ok:", "\"async function f(a, a) {}\""); } catch (e) { report("async function f(a, a) {}", e); }
try { eval("function* g(a, a) {}"); console.log("ok:", "\"function* g(a, a) {}\""); } catch (e) { report("function* g(a, a) {}", e); }
try { eval("var \\u0061wait = 1;"); console.log("ok:", "\"var \\\\u0061wait = 1;\""); } catch (e) { report("var \\u0061wait = 1;", e); }
try { eval("var l\\u0065t = 1;"); console.log("ok:", "\"var l\\\\u0065t = 1;\""); } catch (e) { report("var l\\u0065t = 1;", e); }
try { eval("var st\\u0061tic = 2;"); console.log("ok:", "\"var st\\\\u0061tic = 2;\""); } catch (e) { report("var st\\u0061tic = 2;", e); }
try { eval("async function f() { () => \\u0061wait; }"); console.log("ok:", "\"async function f() { () => \\\\u0061wait; }\""); } catch (e) { report("async function f() { () => \\u0061wait; }", e); }
try { eval("function* g() { () => yi\\u0065ld; }"); console.log("ok:", "\"function* g() { () => yi\\\\u0065ld; }\""); } catch (e) { report("function* g() { () => yi\\u0065ld; }", e); }
try { eval("class C { get #m() {} set #m(v) {} static get #n() {} static set #n(v) {} }"); console.log("ok:", "\"class C { get #m() {} set #m(v) {} static get #n() {} static set #n(v) {} }\""); } catch (e) { report("class C { get #m() {} set #m(v) {} static get #n() {} static set #n(v) {} }", e); }
try { eval("class C { #x; m() { class D extends (o => o.#x) {} } }"); console.log("ok:", "\"class C { #x; m() { class D extends (o => o.#x) {} } }\""); } catch (e) { report("class C { #x; m() { class D extends (o => o.#x) {} } }", e); }
try { eval("class C { prototype() {} static constructor() {} }"); console.log("ok:", "\"class C { prototype() {} static constructor() {} }\""); } catch (e) { report("class C { prototype() {} static constructor() {} }", e); }
try { eval("label: function f() {}"); console.log("ok:", "\"label: function f() {}\""); } catch (e) { report("label: function f() {}", e); }
try { eval("if (true) function f() {} else function g() {}"); console.log("ok:", "\"if (true) function f() {} else function g() {}\""); } catch (e) { report("if (true) function f() {} else function g() {}", e); }
try { eval("for (var i = 0;\ni < 1;\ni++) {}"); console.log("ok:", "\"for (var i = 0;\\ni < 1;\\ni++) {}\""); } catch (e) { report("for (var i = 0;\ni < 1;\ni++) {}", e); }
try { eval("var letter = [1]; if (true) letter[0] = 2;"); console.log("ok:", "\"var letter = [1]; if (true) letter[0] = 2;\""); } catch (e) { report("var letter = [1]; if (true) letter[0] = 2;", e); }
try { eval("({ set x(a) {}, get x() {} })"); console.log("ok:", "\"({ set x(a) {}, get x() {} })\""); } catch (e) { report("({ set x(a) {}, get x() {} })", e); }
