// [util.inspect.custom]: honoured by util.inspect and console.log, its arguments (depth,
// options, inspect), string and non-string results, nested indentation, and customInspect:
// false. Also inspect.defaultOptions (read, assigned, validated) affecting console.log.
const util = require('util');
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));

class Money {
  constructor(amount) {
    this.amount = amount;
  }
  [util.inspect.custom](depth, options, inspect) {
    return `Money<${this.amount}>`;
  }
}
console.log(new Money(5));
console.log([new Money(1), { price: new Money(2) }]);
console.log(util.inspect(new Money(3)), `${util.format('%o|%O|%s', new Money(4), new Money(5), new Money(6))}`);
console.log(util.inspect(new Money(7), { customInspect: false }));

class Box {
  constructor(value) {
    this.value = value;
  }
  [util.inspect.custom](depth, options, inspect) {
    console.log('depth', depth, 'options.depth', options.depth, typeof options.stylize, inspect === util.inspect);
    if (depth < 0) {
      return '[Box]';
    }
    return { boxed: this.value };
  }
}
console.log(new Box(1));
console.log({ level1: { level2: new Box(2) } });
console.log(util.inspect({ a: { b: { c: new Box(3) } } }, { depth: 1 }));
console.log(util.inspect(new Box(4), { depth: null }));

class Multi {
  [util.inspect.custom]() {
    return 'first line\nsecond line';
  }
}
console.log({ nested: { value: new Multi() } });

class Options {
  [util.inspect.custom](depth, options) {
    return options;
  }
}
console.log(new Options());
console.log(util.inspect(new Options(), { depth: 5, colors: false, extra: 'kept', compact: false }));

class Self {
  [util.inspect.custom]() {
    return this;
  }
}
console.log(new Self());

class Recurse {
  constructor() {
    this.items = [1, 2, 3];
  }
  [util.inspect.custom](depth, options, inspect) {
    return `Recurse ${inspect(this.items, options)}`;
  }
}
console.log(util.inspect([new Recurse()]));

// A prototype that carries the method is not inspected through it.
console.log(Money.prototype);

// A plain function property named by the symbol works on plain objects too.
console.log({ [Symbol.for('nodejs.util.inspect.custom')]: () => 'plain custom' });

// inspect.defaultOptions
console.log(util.inspect.defaultOptions);
util.inspect.defaultOptions.depth = 0;
console.log({ a: { b: 1 } });
util.inspect.defaultOptions = { depth: 2, breakLength: 20 };
console.log({ first: 'aaaaaa', second: 'bbbbbb' });
console.log(util.inspect.defaultOptions.breakLength, util.inspect.defaultOptions.depth);
util.inspect.defaultOptions.breakLength = 80;
for (const bad of [null, 5, 'x']) {
  try {
    util.inspect.defaultOptions = bad;
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}
util.inspect.defaultOptions = { sorted: true };
console.log({ z: 1, a: 2 });
util.inspect.defaultOptions = { sorted: false };
console.log({ z: 1, a: 2 });
