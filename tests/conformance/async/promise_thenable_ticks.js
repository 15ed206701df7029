// Resolving with a promise or a thenable costs extra jobs (NewPromiseResolveThenableJob), and
const fmt = (v) => Array.isArray(v) ? `[${v.map(fmt).join(",")}]` : v && typeof v === "object" ? `{${Object.keys(v).map((k) => k + ":" + fmt(v[k])).join(",")}}` : typeof v === "string" ? `"${v}"` : String(v);
// each combinator settles after a fixed number of ticks; the interleaving below is node's.
const out = [];
const t = (label, make) => make().then((v) => out.push(`${label} ok ${fmt(v)}`), (e) => out.push(`${label} rej ${e}`));
t('plain', () => Promise.resolve(1));
t('resolve(promise)', () => new Promise((r) => r(Promise.resolve(2))));
t('resolve(thenable)', () => new Promise((r) => r({ then(f) { f(3); } })));
t('then returns promise', () => Promise.resolve().then(() => Promise.resolve(4)));
t('all', () => Promise.all([1, Promise.resolve(2)]));
t('race', () => Promise.race([Promise.resolve(5), 6]));
t('allSettled', () => Promise.allSettled([Promise.reject(7)]));
t('any', () => Promise.any([Promise.reject(8), 9]));
t('finally', () => Promise.resolve(10).finally(() => {}));
t('reject', () => Promise.reject(11));
let n = 0;
const step = () => { out.push(`tick ${++n}`); if (n < 8) Promise.resolve().then(step); };
Promise.resolve().then(step);
setTimeout(() => console.log(out.join('\n')), 0);
