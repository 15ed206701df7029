const { distance, closest } = require('fastest-levenshtein');
const pairs = [['kitten', 'sitting'], ['', 'abc'], ['flaw', 'lawn'], ['intention', 'execution'], ['a'.repeat(70) + 'b', 'b' + 'a'.repeat(70)], ['日本語', '日本人'], ['same', 'same']];
for (const [a, b] of pairs) console.log(a.length, b.length, distance(a, b));
console.log(closest('fast', ['slow', 'faster', 'fastest', 'last']), closest('helo', ['hello', 'help', 'halo']));
