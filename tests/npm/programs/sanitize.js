const sanitizeHtml = require('sanitize-html');
const dirty = '<div onclick="evil()"><script>alert(1)</script><p style="color:red;position:fixed">Hi <b>there</b> <a href="javascript:x()">bad</a> <a href="http://ok.com" target="_blank">ok</a></p><img src="x.png" onerror="e()"><iframe src="//x"></iframe></div>';
console.log(sanitizeHtml(dirty));
console.log(sanitizeHtml(dirty, { allowedTags: ['b', 'a', 'p', 'img'], allowedAttributes: { a: ['href'], img: ['src'], p: ['style'] }, allowedStyles: { '*': { color: [/^red$/] } } }));
console.log(sanitizeHtml('<h1>T</h1><u>x</u>', { allowedTags: [], disallowedTagsMode: 'escape' }), sanitizeHtml('<a href="/x">y</a>', { transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow' }) } }));
