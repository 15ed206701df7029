const Fuse = require('fuse.js');
const books = [
  { title: "Old Man's War", author: { firstName: 'John', lastName: 'Scalzi' }, tags: ['scifi'] },
  { title: 'The Lock Artist', author: { firstName: 'Steve', lastName: 'Hamilton' }, tags: ['thriller'] },
  { title: 'HTML5', author: { firstName: 'Remy', lastName: 'Sharp' }, tags: ['web'] },
  { title: 'Right Ho Jeeves', author: { firstName: 'P.D', lastName: 'Woodhouse' }, tags: ['comedy'] },
  { title: 'The Code of the Wooster', author: { firstName: 'P.D', lastName: 'Woodhouse' }, tags: ['comedy'] },
  { title: 'Thank You Jeeves', author: { firstName: 'P.D', lastName: 'Woodhouse' }, tags: ['comedy'] },
];
const fuse = new Fuse(books, { keys: ['title', 'author.lastName', { name: 'tags', weight: 0.5 }], includeScore: true, includeMatches: true, threshold: 0.4 });
for (const r of fuse.search('jeves')) console.log(r.refIndex, r.item.title, r.score.toFixed(4), JSON.stringify(r.matches.map((m) => [m.key, m.indices])));
console.log(fuse.search('woodhose').map((r) => r.item.title));
const ext = new Fuse(books, { keys: ['title', 'author.firstName'], useExtendedSearch: true });
console.log(ext.search("'Jeeves !Thank").map((r) => r.item.title), ext.search('^The').map((r) => r.item.title));
console.log(fuse.search({ $and: [{ 'author.lastName': 'woodhouse' }, { title: 'code' }] }).map((r) => r.item.title));
const list = new Fuse(['apple', 'banana', 'grape', 'pineapple'], { includeScore: true });
console.log(list.search('aple').map((r) => `${r.item}:${r.score.toFixed(3)}`));
