// `with` statements (sloppy mode): names inside the body are looked up in the object first.
var x = 'outer x';
var y = 'outer y';
const o = { x: 'object x' };
with (o) {
  console.log('read', x, y);
  x = 'assigned';
  y = 'outer assigned';
}
console.log('after', o.x, y, JSON.stringify(Object.keys(o)));

// A new name assigned inside with does not land on the object.
function createsNoProperty() {
  const target = {};
  var z;
  with (target) {
    z = 1;
  }
  return [JSON.stringify(target), z];
}
console.log('no new property', createsNoProperty());

// var declarations with initialisers assign through the object.
function varInit() {
  const target = { v: 0 };
  with (target) {
    var v = 42;
  }
  return [target.v, v];
}
console.log('var init', varInit());

// Calls of a found function get the object as this.
const calc = {
  base: 10,
  add(n) {
    return this.base + n;
  },
};
with (calc) {
  console.log('call this', add(5));
}

// Symbol.unscopables hides names.
const hidden = { a: 'object a', b: 'object b', [Symbol.unscopables]: { a: true } };
var a = 'outer a';
var b = 'outer b';
with (hidden) {
  console.log('unscopables', a, b);
}
with ([1, 2, 3]) {
  console.log('array unscopables', typeof keys, typeof values, length, typeof push);
}

// Closures see the with object.
function closures() {
  const state = { count: 0 };
  let inc;
  with (state) {
    inc = function () {
      count++;
      return count;
    };
  }
  inc();
  inc();
  return [state.count, inc()];
}
console.log('closures', closures());

// Nested with, inner wins; let inside body shadows.
with ({ p: 'outer p', q: 'outer q' }) {
  with ({ p: 'inner p' }) {
    console.log('nested', p, q);
    let q2 = 'block';
    console.log('block', q2);
  }
}

// Compound assignment, update, typeof, delete.
const counter = { n: 1, gone: true };
with (counter) {
  n += 5;
  n++;
  console.log('typeof', typeof n, typeof missingName, typeof gone);
  console.log('delete', delete gone, 'gone' in counter);
}
console.log('counter', counter.n);

// Primitive objects are boxed; null/undefined throw.
with ('abc') {
  console.log('string length', length, charAt(1));
}
for (const bad of [null, undefined]) {
  try {
    with (bad) {
      console.log('unreachable');
    }
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}

// Getters run; proxies see has/get traps in order.
const log = [];
const proxy = new Proxy({ w: 1 }, {
  has(t, k) {
    log.push('has ' + String(k));
    return k in t;
  },
  get(t, k) {
    log.push('get ' + String(k));
    return t[k];
  },
  set(t, k, v) {
    log.push('set ' + String(k));
    t[k] = v;
    return true;
  },
});
with (proxy) {
  w;
  w = 2;
  absent;
}
function absentHelper() {}
var absent = 'outer';
console.log('proxy', log.join(', '));

// A property removed between resolution and assignment.
const vanish = { t: 1 };
var t = 'outer t';
with (vanish) {
  t = (delete vanish.t, 'value');
}
console.log('vanish', JSON.stringify(vanish), t);

// break/continue/return through with; labels.
function loops() {
  const out = [];
  for (const item of [{ k: 1 }, { k: 2 }, { k: 3 }]) {
    with (item) {
      if (k === 2) continue;
      out.push(k);
      if (k === 3) break;
    }
  }
  label: with ({}) {
    out.push('in');
    break label;
  }
  with ({ r: 'returned' }) {
    return out.concat(r);
  }
}
console.log('loops', loops());

// Function declared in a with block sees the object.
with ({ inner: 'from object' }) {
  function declaredInWith() {
    return inner;
  }
}
console.log('declared', declaredInWith());

// Errors thrown inside with propagate normally.
try {
  with ({}) {
    notDefinedAnywhere;
  }
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  with ({ f: 1 }) {
    f();
  }
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
