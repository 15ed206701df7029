const prettier = require('prettier/standalone');
const babel = require('prettier/plugins/babel');
const estree = require('prettier/plugins/estree');
const css = require('prettier/plugins/postcss');
const md = require('prettier/plugins/markdown');
(async () => {
  console.log(await prettier.format("const x = {a:1,b:[1,2,3],  c: function(){return 'str'}};if(x){console.log( x.a )}", { parser: 'babel', plugins: [babel, estree] }));
  console.log(await prettier.format('const f = (a) => a', { parser: 'babel', plugins: [babel, estree], semi: false, singleQuote: true, printWidth: 20 }));
  console.log(await prettier.format('a{color:red;background:blue}@media (max-width:100px){b{margin:0 auto}}', { parser: 'css', plugins: [css] }));
  console.log(await prettier.format('# Title\n* a\n* b\n\nSome   *text*', { parser: 'markdown', plugins: [md] }));
  try { await prettier.format('const = ;', { parser: 'babel', plugins: [babel, estree] }); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
})();
