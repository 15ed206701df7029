const postcss = require('postcss');
const root = postcss.parse('a { color: red; margin: 0 } @media (x) { b { top: 1px } }');
root.walkDecls(d => { if (d.prop === 'color') d.value = 'blue'; });
console.log(root.toString(), root.nodes.length);
