const words = 'The quick brown fox jumps over the lazy dog';
console.log(/quick\s(\w+)/.exec(words)[1], /FOX/i.test(words), words.match(/o/g).length);
console.log(words.replace(/(\w+) (\w+)/, '$2 $1'), 'a-b_c'.split(/[-_]/).join('|'));
const dates = '2020-01-05, 2021-12-31';
for (const m of dates.matchAll(/(?<year>\d{4})-(?<month>\d\d)-\d\d/g)) console.log(m.groups.year, m.groups.month, m.index);
const re = /a/y; re.lastIndex = 1; console.log(re.test('ba'), re.lastIndex);
function same() { return /x/; } console.log(same() === same(), String(/a\/b/gimsuy), /[/]/.source);
