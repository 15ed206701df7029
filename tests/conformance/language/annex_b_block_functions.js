// Annex B.3.3: function declarations in blocks also get a var binding in sloppy code.
function basic() {
  const before = typeof f;
  {
    function f() {
      return 'f';
    }
  }
  return [before, typeof f, f()];
}
console.log('basic', basic());

function assignedWhenEvaluated() {
  const seen = [typeof g];
  if (false) {
    function g() {}
  }
  seen.push(typeof g);
  if (true) {
    function h() {}
  }
  seen.push(typeof h);
  return seen;
}
console.log('when evaluated', assignedWhenEvaluated());

function blockScopedInside() {
  const seen = [];
  {
    seen.push(typeof inner);
    function inner() {}
    inner = 1;
    seen.push(inner);
  }
  seen.push(typeof inner);
  return seen;
}
console.log('block binding separate', blockScopedInside());

function letConflict() {
  let k = 'let';
  {
    function k() {}
  }
  return k;
}
console.log('let conflict', letConflict());

function paramConflict(p) {
  {
    function p() {}
  }
  return p;
}
console.log('param conflict', paramConflict('param'));

function innerLetConflict() {
  {
    let q = 1;
    {
      function q() {}
    }
  }
  return typeof q;
}
console.log('inner let conflict', innerLetConflict());

function existingVar() {
  var v = 'var';
  const before = v;
  {
    function v() {}
  }
  return [before, typeof v];
}
console.log('existing var', existingVar());

function existingFunction() {
  function w() { return 'outer'; }
  const before = w();
  {
    function w() { return 'inner'; }
  }
  return [before, w()];
}
console.log('existing function', existingFunction());

function inSwitch(x) {
  switch (x) {
    case 1:
      function s() { return 'case'; }
      break;
  }
  return typeof s;
}
console.log('switch', inSwitch(1), inSwitch(2));

function inLoop() {
  const out = [];
  for (let i = 0; i < 2; i++) {
    function loopFn() { return i; }
    out.push(loopFn());
  }
  return [out, loopFn()];
}
console.log('loop', inLoop());

function forLetHead() {
  for (let m = 0; m < 1; m++) {
    function m2() {}
  }
  return typeof m2;
}
console.log('for head', forLetHead());

function strictFunction() {
  'use strict';
  {
    function st() {}
  }
  return typeof st;
}
console.log('strict', strictFunction());

function generatorsNotHoisted() {
  {
    function* gen() {}
    async function af() {}
  }
  return [typeof gen, typeof af];
}
console.log('generators', generatorsNotHoisted());

function closures() {
  {
    function c() { return 'closure'; }
  }
  return () => c();
}
console.log('closure', closures()());

function catchParam() {
  try {
    throw 1;
  } catch (e) {
    {
      function e() {}
    }
  }
  return typeof e;
}
console.log('catch', catchParam());

const arrow = () => {
  {
    function a() { return 'arrow'; }
  }
  return a();
};
console.log('arrow', arrow());

{
  function topLevel() { return 'top'; }
}
console.log('module top', topLevel());

label: {
  function labelled() { return 'labelled'; }
}
console.log('labelled', labelled());

try {
  notYet();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
{
  function notYet() {}
}
console.log('reassign later', typeof notYet);
