const Chance = require('chance');
const chance = new Chance(12345);
console.log(chance.integer({ min: 0, max: 100 }), chance.floating({ min: 0, max: 1, fixed: 4 }), chance.bool(), chance.string({ length: 8, pool: 'abcdef' }), chance.name(), chance.email({ domain: 'ex.com' }));
console.log(chance.pickone(['a', 'b', 'c']), chance.pickset([1, 2, 3, 4, 5], 2), chance.shuffle([1, 2, 3, 4, 5]), chance.guid(), chance.hash({ length: 12 }), chance.natural({ max: 20 }));
console.log(chance.sentence({ words: 5 }), chance.address(), chance.phone({ formatted: false }), chance.color({ format: 'hex' }), chance.d20(), chance.rpg('3d6'));
const c2 = new Chance('seed-string'); console.log(c2.word({ syllables: 3 }), c2.paragraph({ sentences: 1 }), c2.weighted(['x', 'y'], [1, 9]), c2.unique(c2.natural, 3, { max: 10 }));
