const { parse } = require('@babel/parser');
const traverse = require('@babel/traverse').default;
const generate = require('@babel/generator').default;
const code = 'function square(n) { return n * n; }\nconst obj = { square, cube: (x) => x ** 3 };\nlet unused = square(4) + obj.cube(2);';
const ast = parse(code, { sourceType: 'module' });
const names = [];
traverse(ast, {
  Identifier(path) { if (path.node.name === 'n') path.node.name = 'x'; names.push(path.node.name); },
  BinaryExpression(path) { if (path.node.operator === '*') path.node.operator = '**'; },
  ArrowFunctionExpression(path) { path.arrowFunctionToExpression(); },
  FunctionDeclaration(path) { console.log('binding', path.node.id.name, Object.keys(path.scope.bindings)); },
});
console.log(names.join(' '));
const out = generate(ast, { retainLines: false, comments: true }, code);
console.log(out.code);
console.log(generate(ast, { minified: true }).code);
