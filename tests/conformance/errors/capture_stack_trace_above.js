function MyError(message) {
  this.message = message;
  Error.captureStackTrace(this, MyError);
}
function thrower() { return new MyError('boom'); }
function outer() { return thrower(); }
const e = outer();
console.log(e.stack.split('\n').map((l) => l.replace(/\(.*[\\/]/, '(')).slice(0, 3).join('\n'));
const o = {};
function helper() { Error.captureStackTrace(o, helper); }
function caller() { helper(); }
caller();
console.log(o.stack.split('\n').map((l) => l.replace(/\(.*[\\/]/, '(')).slice(0, 2).join('\n'));
const p = {};
Error.captureStackTrace(p, function notOnStack() {});
console.log(JSON.stringify(p.stack));
