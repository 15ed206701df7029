// An async generator's return(v) at a yield awaits v once (one 'then' read), and a return
// through finally keeps the value or takes the finally's own return.
var actual = [];
async function* f() { actual.push("start"); yield 123; actual.push("never"); }
Promise.resolve(0).then(() => actual.push("tick 1")).then(() => actual.push("tick 2")).then(() => actual.push("tick 3")).then(() => console.log(actual.join(', ')));
var it = f();
it.next();
it.return({ get then() { actual.push("get then"); } });
var log2 = [];
async function* g() { try { yield 1; } finally { log2.push('finally'); } }
var it2 = g(); it2.next().then(() => it2.return(5)).then(r => console.log(JSON.stringify(r), log2));
async function* h() { try { yield 1; } finally { return 7; } }
var it3 = h(); it3.next().then(() => it3.return(5)).then(r => console.log(JSON.stringify(r)));
