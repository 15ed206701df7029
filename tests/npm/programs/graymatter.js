const matter = require('gray-matter');
const file = matter('---\ntitle: Hello\ntags: [a, b]\ndate: 2020-01-02\nnested:\n  x: 1\n---\n# Body\n\nText here.\n<!-- more -->\nRest', { excerpt: true, excerpt_separator: '<!-- more -->' });
console.log(file.data, JSON.stringify(file.content), JSON.stringify(file.excerpt), file.isEmpty);
console.log(matter.stringify('Content', { title: 'T', list: [1, 2] }));
console.log(matter('---json\n{"a": 1}\n---\nbody').data, matter('no front matter').data, matter.test('---\na: 1\n---'));
