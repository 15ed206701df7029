const pluralize = require('pluralize');
for (const w of ['test', 'person', 'child', 'box', 'mouse', 'sheep', 'index', 'Octopus', 'CAT', 'bus', 'quiz', 'knife'])
  console.log(w, pluralize(w), pluralize.singular(pluralize(w)), pluralize(w, 1, true), pluralize(w, 5, true), pluralize.isPlural(w));
pluralize.addIrregularRule('cactus', 'cacti'); pluralize.addUncountableRule('paper');
console.log(pluralize('cactus'), pluralize('paper', 3, true), pluralize.plural('datum'), pluralize.singular('analyses'));
