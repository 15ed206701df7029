function tag(strings, ...values) {
  return strings.raw.join('|') + ' / ' + strings.join('|') + ' / ' + values.join(',');
}
console.log(tag`a${1}b${2}c`, tag`\n${'x'}`);
const sites = [];
function keep(strings) { sites.push(strings); return strings; }
for (let i = 0; i < 2; i++) keep`same site`;
keep`other site`;
console.log(sites[0] === sites[1], sites[1] === sites[2], Object.isFrozen(sites[0]), Object.isFrozen(sites[0].raw));
console.log(String.raw`x\ny${1}\u0041`, (function (s) { return s[0] === undefined && s.raw[0]; })`\unicode`);
const o = { prefix: '>', t(s, v) { return this.prefix + s[0] + v; } };
console.log(o.t`v=${5}`);
