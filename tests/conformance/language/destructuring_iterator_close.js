// Array destructuring closes its iterator on an abrupt completion (a throw in a target, a
// default or a generator return() at a yield in a target) unless the iterator is done, and
// evaluates a member target before stepping the iterator (object patterns: before the read).
function mk(log, n, opts = {}) {
  let i = 0;
  return { [Symbol.iterator]() { return { next() { log.push('next'); if (opts.nextThrows) throw new Error('next'); return { done: i >= n, value: i++ }; }, return() { log.push('return'); if (opts.retThrows) throw new Error('ret'); return opts.retNull ? null : {}; } }; } };
}
function t(name, f) { const log = []; try { f(log); log.push('ok'); } catch (e) { log.push(e.name + ':' + e.message); } console.log(name, log.join(',')); }
t('basic', log => { var a, b; [a, b] = mk(log, 5); });
t('exhaust', log => { var a, b; [a, b] = mk(log, 1); });
t('throw-target', log => { var a; [a, {}[(() => { throw new Error('t'); })()]] = mk(log, 5); });
t('throw-default', log => { var a; [a = (() => { throw new Error('d'); })()] = mk(log, 5); });
t('throw-default-done', log => { var a; [a = (() => { throw new Error('d'); })()] = mk(log, 0); });
t('next-throws', log => { var a; [a] = mk(log, 5, { nextThrows: true }); });
t('rest-target-first', log => { [...{}[(() => { throw new Error('r'); })()]] = mk(log, 5); });
t('ret-throws-on-throw', log => { var a; [{}[(() => { throw new Error('t'); })()]] = mk(log, 5, { retThrows: true }); });
t('ret-null', log => { var a; [a] = mk(log, 5, { retNull: true }); });
t('let-decl', log => { let [a, b = (() => { throw new Error('x'); })()] = mk(log, 5); });
t('order', log => { var o = { set x(v) { log.push('set' + v); } }; [ (log.push('target'), o).x ] = mk(log, 3); });
function* g(log) { var x; [ {}[yield] ] = mk(log, 3); }
{ const log = []; const it = g(log); it.next(); try { it.return(5); log.push('ok'); } catch (e) { log.push(e.name); } console.log('gen-return', log.join(',')); }
function* g2(log) { var x; [ x, ...{}[yield] ] = mk(log, 3, { retNull: true }); }
{ const log = []; const it = g2(log); it.next(); try { it.return(5); log.push('ok'); } catch (e) { log.push(e.name); } console.log('gen-return-null', log.join(',')); }
for (const [a, b] of [[1, 2], [3, 4]]) console.log(a, b);
var [p, q, ...r] = 'hello'; console.log(p, q, r);
var log = [];
var o = { set x(v) { log.push('set' + v); } };
({ a: (log.push('target'), o).x, b: (log.push('target2'), o).x = 7 } = { get a() { log.push('get a'); return 1; }, get b() { log.push('get b'); } });
console.log(log.join(','));
