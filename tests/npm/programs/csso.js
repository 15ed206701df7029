const csso = require('csso');
const r = csso.minify('.test { color: #ff0000; margin: 0px 0px 0px 0px; } .a { color: red } .b { color: red } @media all { .c { padding: 10px 10px } }', { restructure: true });
console.log(r.css);
console.log(csso.minify('.x { color: rgb(255, 255, 255); font-weight: bold; }', { restructure: false }).css);
console.log(csso.minifyBlock('color: rgba(0,0,0,1); width: 0.50em; content: "x"').css);
const ast = csso.syntax.parse('.a{width:10px}'); csso.syntax.walk(ast, (node) => { if (node.type === 'Dimension') node.value = '20'; }); console.log(csso.syntax.generate(ast));
