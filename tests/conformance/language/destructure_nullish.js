// Destructuring null or undefined throws a TypeError, even when the pattern reads nothing.
// (V8's message depends on where the pattern is; `nameOnly` cases print just the error's name.)
function attempt(label, f, nameOnly) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, nameOnly ? e.name : e.name + ': ' + e.message);
  }
}
attempt('empty from null', function () { var {} = null; });
attempt('empty from undefined', function () { let {} = undefined; });
attempt('rest only', function () { const { ...rest } = undefined; });
attempt('empty parameter', function () { (function ({}) {})(); });
attempt('arrow parameter', function () { (({}) => 1)(null); }, true);
attempt('assignment', function () { ({} = null); });
attempt('empty from object', function () { var {} = {}; });
attempt('empty from number', function () { var {} = 5; });
attempt('rest from string', function () { var { ...chars } = 'ab'; console.log(JSON.stringify(chars)); });
attempt('nested', function () { var [{}] = [undefined]; }, true);
