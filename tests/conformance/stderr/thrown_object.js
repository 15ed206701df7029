// A thrown plain object is inspected; an object made from Error.prototype is not an Error.
process.on('exit', (code) => console.log('exit', code));
throw { code: 42, nested: { list: [1, 2, 3] } };
