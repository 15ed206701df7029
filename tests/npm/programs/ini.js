const ini = require('ini');
const c = ini.parse('; c\n[sec]\nk = v\nn = 1\n[sec.sub]\nx=true\n');
console.log(c, ini.stringify(c));
