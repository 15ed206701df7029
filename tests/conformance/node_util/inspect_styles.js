// util.inspect.styles and util.inspect.colors drive colors: true (node reads them on every
// call): a changed style, a new 'name' style for keys, a removed style, a changed color code.
const util = require('util');
function show(value) {
  console.log(JSON.stringify(util.inspect(value, { colors: true })));
}
show({ key: 1, 'other-key': 'v' });
util.inspect.styles.number = 'red';
util.inspect.styles.name = 'blue';
show({ key: 1, 'other-key': 'v' });
delete util.inspect.styles.string;
util.inspect.colors.blue = [94, 39];
show({ key: 1, 'other-key': 'v', nothing: null });
class Styled {
  [util.inspect.custom](depth, options) {
    return options.stylize('special text', 'special') + ' ' + options.stylize('plain', 'unknown');
  }
}
show(new Styled());
console.log(JSON.stringify(util.inspect(new Styled())));
