const { marked } = require('marked');
console.log(marked.parse('# Title\n\nSome *emph* and **bold** and `code`.\n\n- a\n- b\n\n```js\nx=1\n```\n\n[link](http://x.com)\n'));
