// Combinator errors reject the result promise (or throw for a bad receiver), and an iterator
const fmt = (v) => Array.isArray(v) ? `[${v.map(fmt).join(",")}]` : v && typeof v === "object" ? `{${Object.keys(v).map((k) => k + ":" + fmt(v[k])).join(",")}}` : typeof v === "string" ? `"${v}"` : String(v);
// is closed when resolving one of its values throws.
const show = (label) => [(v) => console.log(label, 'fulfilled', fmt(v)), (e) => console.log(label, 'rejected', e.constructor.name + ':', e.message)];
const attempt = (label, f) => { try { f().then(...show(label)); } catch (e) { console.log(label, 'threw', e.constructor.name + ':', e.message); } };
attempt('all(1)', () => Promise.all(1));
attempt('all()', () => Promise.all());
attempt('all(true)', () => Promise.all(true));
attempt('race({})', () => Promise.race({}));
attempt('allSettled(null)', () => Promise.allSettled(null));
attempt('any(symbol)', () => Promise.any(Symbol('s')));
attempt('all(function)', () => Promise.all(() => 1));
attempt('iterator not a function', () => Promise.all({ [Symbol.iterator]: 5 }));
attempt('iterator returns primitive', () => Promise.all({ [Symbol.iterator]() { return 5; } }));
attempt('no next', () => Promise.all({ [Symbol.iterator]() { return {}; } }));
attempt('result not object', () => Promise.all({ [Symbol.iterator]() { return { next() { return 5; } }; } }));
attempt('next throws', () => Promise.all({ [Symbol.iterator]() { return { next() { throw new Error('next failed'); } }; } }));
attempt('all.call(1)', () => Promise.all.call(1, []));
attempt('race.call({})', () => Promise.race.call({}, []));
const closing = {
  [Symbol.iterator]() {
    return {
      next() { return { done: false, value: 1 }; },
      return() { console.log('iterator closed'); return {}; },
    };
  },
};
const BadResolve = function (executor) { return new Promise(executor); };
BadResolve.resolve = () => { throw new Error('resolve threw'); };
attempt('resolve throws closes iterator', () => Promise.all.call(BadResolve, closing));
const NoResolve = function (executor) { return new Promise(executor); };
NoResolve.resolve = 5;
attempt('resolve not callable', () => Promise.all.call(NoResolve, [1]));
