const acorn = require('acorn');
const ast = acorn.parse('const f = (a, b = 2) => a + b; class X { #p = 1; }', { ecmaVersion: 2022 });
console.log(JSON.stringify(ast).length, ast.body.map(n => n.type));
