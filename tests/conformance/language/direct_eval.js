// Direct eval of constant text: compiled ahead of time, in the caller's scope.
function show(label, value) {
  console.log(label, typeof value === 'string' ? value : JSON.stringify(value));
}
const outer = 'outer const';
show('expression', eval('1 + 2'));
show('sees scope', eval('outer + "!"'));
show('completion', eval('1; 2; if (true) { 3; } else { 4; }'));
show('completion empty', eval('var unused = 5;'));
show('completion after var', eval('7; var alsoUnused;'));
show('completion loop', eval('let i = 0; while (i < 3) { i++; }'));
show('completion block', eval('8; {}'));
show('non-string', eval(42));

function sloppyVars() {
  eval('var created = "from eval"; function made() { return "made"; }');
  return [created, made()];
}
show('sloppy vars', sloppyVars());

function strictEval() {
  eval('"use strict"; var hidden = 1;');
  return typeof hidden;
}
show('strict eval var scope', strictEval());

function strictCaller() {
  'use strict';
  eval('var inner = 1;');
  return typeof inner;
}
show('strict caller', strictCaller());

function letScope() {
  eval('let scoped = 1; const c = 2;');
  return [typeof scoped, typeof c];
}
show('let scoped', letScope());

function writesCaller() {
  let counter = 1;
  eval('counter += 10');
  return counter;
}
show('writes caller', writesCaller());

function thisAndArguments() {
  return eval('[this.tag, arguments.length, arguments[0]]');
}
show('this and arguments', thisAndArguments.call({ tag: 'T' }, 'a', 'b'));

function closuresInEval() {
  const fn = eval('(function (x) { return x * 2 + base; })');
  var base = 1;
  return fn(5);
}
show('closures', closuresInEval());

function syntaxErrorAtRunTime(run) {
  if (!run) return 'not run';
  try {
    eval('a b');
  } catch (e) {
    return e.name + ': ' + e.message;
  }
  return 'no error';
}
show('syntax error not run', syntaxErrorAtRunTime(false));
show('syntax error run', syntaxErrorAtRunTime(true));

function earlyErrors() {
  const out = [];
  for (const run of [0, 1, 2]) {
    try {
      if (run === 0) eval('let twice; let twice;');
      if (run === 1) eval('break;');
      if (run === 2) eval('return 1;');
    } catch (e) {
      out.push(e.name + ': ' + e.message);
    }
  }
  return out;
}
show('early errors', earlyErrors());

function varClash() {
  let clash = 1;
  try {
    eval('var clash = 2;');
  } catch (e) {
    return e.name + ': ' + e.message + ' ' + clash;
  }
  return 'no error';
}
show('var clash', varClash());

function replacedEval() {
  const saved = globalThis.eval;
  globalThis.eval = (text) => 'replaced: ' + text;
  const result = eval('1 + 1');
  globalThis.eval = saved;
  return result;
}
show('replaced', replacedEval());

function thrown() {
  try {
    eval('throw new RangeError("from eval")');
  } catch (e) {
    return e.name + ': ' + e.message;
  }
}
show('throws', thrown());

function nested() {
  return eval('eval("var deep = 3; deep * 2")') + deep;
}
show('nested', nested());

with ({ fromWith: 'with value' }) {
  show('in with', eval('fromWith'));
}

const obj = {
  method() {
    return eval('this === obj');
  },
};
show('method this', obj.method());

const arrow = () => eval('typeof this');
show('arrow this', arrow());

function functionDeclInBlock() {
  eval('{ function blockFn() {} }');
  return typeof blockFn;
}
show('block fn in eval', functionDeclInBlock());

show('template text', eval(`'tpl' + 1`));
show('concatenated', eval('1' + '+' + '2'));
