// Intl.Segmenter: graphemes, words and sentences.
const show = (label, f) => {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
};
const text = 'Hello, wörld! 👍🏽 e\u0301 🇺🇸 — it\'s 3.14. Second sentence? Yes.';
for (const granularity of ['grapheme', 'word', 'sentence'])
  show(granularity, () => [...new Intl.Segmenter('en', { granularity }).segment(text)].map((s) => (granularity === 'word' ? [s.segment, s.index, s.isWordLike] : [s.segment, s.index])));
const segments = new Intl.Segmenter('en', { granularity: 'word' }).segment('The quick fox');
show('containing', () => [0, 3, 4, 12, 13, -1].map((i) => segments.containing(i)));
show('input', () => [...segments][0].input);
show('twice', () => [[...segments].length, [...segments].length]);
show('resolved', () => [new Intl.Segmenter().resolvedOptions(), new Intl.Segmenter('en-US', { granularity: 'sentence' }).resolvedOptions()]);
show('iterator', () => { const it = segments[Symbol.iterator](); return [Object.prototype.toString.call(it), it.next(), typeof it[Symbol.iterator]]; });
show('string-width style', () => { const s = new Intl.Segmenter(); return [...s.segment('a👩‍👩‍👧b')].length; });
show('empty', () => [...new Intl.Segmenter().segment('')]);
show('bad granularity', () => new Intl.Segmenter('en', { granularity: 'line' }));
show('without new', () => Intl.Segmenter());
