const hljs = require('highlight.js');
const js = hljs.highlight('function add(a, b) {\n  // sum\n  return a + b * 2 + "s";\n}\nconst re = /x+/g;', { language: 'javascript' });
console.log(js.value);
console.log(js.language, js.relevance);
console.log(hljs.highlight('SELECT id, name FROM users WHERE age > 21 ORDER BY name;', { language: 'sql' }).value);
console.log(hljs.highlight('def f(x):\n    return [i**2 for i in range(x)]  # sq', { language: 'python' }).value);
const auto = hljs.highlightAuto('<div class="a"><span>hi</span></div>', ['xml', 'css', 'json']);
console.log(auto.language, auto.value);
console.log(hljs.listLanguages().length > 100, hljs.getLanguage('ts').name);
