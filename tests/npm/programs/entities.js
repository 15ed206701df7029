const entities = require('entities'); const he = require('he'); const esc = require('escape-html');
console.log(entities.decodeHTML('&lt;a&gt; &amp;amp; &eacute; &#x1F600;'), entities.encodeXML('<"\'&>'), he.encode('foo © bar ≠ baz 𝌆'), he.decode('&hellip;&nbsp;x'), esc('<script>"&\''));
