// Global isNaN, isFinite, parseInt and parseFloat coerce their arguments.
console.log(isNaN(undefined), isNaN(null), isNaN(""), isNaN("1e5"), isNaN([]), isNaN({}));
console.log(isFinite("12"), isFinite(""), isFinite(null), isFinite("Infinity"), isFinite(undefined));
console.log(parseInt === Number.parseInt, parseFloat === Number.parseFloat);
console.log(parseInt({ toString() { return "77"; } }), parseFloat([1.5, 2]));
