exports.add = (a, b) => a + b;
const e = exports;
e.hidden = true;
