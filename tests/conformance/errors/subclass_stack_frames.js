// V8 leaves the frames of new.target's constructor (and those above it) out of an Error's
// stack: a subclass's constructor does not appear, nor does an old-style wrapper that
// constructs Error with itself as new.target; a new.target not on the stack records none.
function frames(error) {
  return error.stack
    .split('\n')
    .filter((line) => !line.includes('node:internal'))
    .map((line) => line.replace(__dirname, '<dir>'));
}

class AppError extends Error {
  constructor(message) {
    super(message);
    this.name = 'AppError';
  }
}
class NotFound extends AppError {
  constructor(what) {
    super(`${what} not found`);
  }
}
class Plain extends TypeError {}

function make(kind) {
  switch (kind) {
    case 'app': return new AppError('app');
    case 'notfound': return new NotFound('file');
    case 'plain': return new Plain('plain');
    case 'reflect': return Reflect.construct(RangeError, ['reflect'], function Elsewhere() {});
    default: return new Error('direct');
  }
}

function OldStyle(message) {
  return Reflect.construct(Error, [message], new.target || OldStyle);
}
OldStyle.prototype = Object.create(Error.prototype);

for (const kind of ['app', 'notfound', 'plain', 'reflect', 'direct']) {
  console.log(frames(make(kind)));
}
console.log(frames(new OldStyle('old')));
console.log(frames(OldStyle('called')));
