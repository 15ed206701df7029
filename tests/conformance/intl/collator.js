// Intl.Collator and String.prototype.localeCompare.
const show = (label, f) => {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
};
const words = ['résumé', 'resume', 'Resume', 'RÉSUMÉ', 'apple', 'Apple', 'Äpfel', 'zebra', 'Zebra', 'item10', 'item2', 'item1', 'a-b', 'ab', 'a b', 'æther', 'aether', '_x', '1', 'ß', 'ss'];
for (const sensitivity of ['base', 'accent', 'case', 'variant']) {
  const c = new Intl.Collator('en', { sensitivity });
  show('sort ' + sensitivity, () => [...words].sort(c.compare));
  show('equal ' + sensitivity, () => [c.compare('a', 'A'), c.compare('a', 'á'), c.compare('a', 'b'), c.compare('résumé', 'RESUME')]);
}
show('numeric', () => [...words].sort(new Intl.Collator('en', { numeric: true }).compare));
show('numeric extension', () => ['x10', 'x9', 'x010'].sort(new Intl.Collator('en-u-kn').compare));
show('ignorePunctuation', () => [new Intl.Collator('en', { ignorePunctuation: true }).compare('a-b', 'ab'), new Intl.Collator('en', { ignorePunctuation: true }).compare('a b', 'ab')]);
show('caseFirst', () => ['a', 'A', 'b', 'B'].sort(new Intl.Collator('en', { caseFirst: 'upper' }).compare));
show('localeCompare', () => ['a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'), 'a'.localeCompare('A'), 'a'.localeCompare('A', 'en', { sensitivity: 'base' }), '2'.localeCompare('10', undefined, { numeric: true })]);
show('resolved', () => [new Intl.Collator().resolvedOptions(), new Intl.Collator('en-US', { sensitivity: 'base', numeric: true, caseFirst: 'lower', usage: 'search' }).resolvedOptions()]);
show('compare bound', () => { const { compare } = new Intl.Collator(); return compare('b', 'a'); });
show('without new', () => Intl.Collator().compare('a', 'b'));
