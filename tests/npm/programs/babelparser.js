const parser = require('@babel/parser');
const ast = parser.parse('const a = async (x) => { await x?.y ?? 1; }; class K { static #p = 1 }', { sourceType: 'module' });
console.log(ast.program.body.map(n => n.type), JSON.stringify(ast).length);
