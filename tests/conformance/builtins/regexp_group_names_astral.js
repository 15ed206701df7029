// Group names may hold characters outside the BMP (surrogate pairs in the source) with or
// without the u flag; \k<name> refers to them the same way.
const plain = /(?<𝑓𝑜𝑥>fox).*(?<𝓓𝓸𝓰>dog)/;
const m = plain.exec('the quick brown fox jumps over the lazy dog');
console.log(m.groups['𝑓𝑜𝑥'], m.groups['𝓓𝓸𝓰'], Object.keys(m.groups).join(','));
const unicode = /(?<𝑓𝑜𝑥>fox).*(?<𝓓𝓸𝓰>dog)/u;
console.log(unicode.exec('fox and dog').groups['𝓓𝓸𝓰']);
const back = /(?<𝒶>a+)-\k<𝒶>/;
console.log(back.test('aa-aa'), back.test('aa-a'), 'aa-aa'.replace(back, '[$<𝒶>]'));
const built = new RegExp('(?<\ud835\udc9c>x)\\k<\ud835\udc9c>');
console.log(built.exec('xx').groups['𝒜']);
// A lone surrogate is not a name character.
for (const source of ['(?<\ud835>x)', '(?<a\udc9c>x)', '(?<𝒶>x)\\k<𝒷>']) {
  try {
    new RegExp(source);
    console.log('accepted', JSON.stringify(source));
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
// Lookbehind and classes are untouched.
console.log(/(?<=𝒶)b/.test('𝒶b'), /[(?<𝒶>]/.test('<'));
// Escaped names: \u{…}, and \uXXXX pairs for surrogate pairs.
const text = "The quick brown fox";
console.log(text.match(/(?<\u{1d4d1}\u{1d4fb}>brown)/).groups['𝓑𝓻']);
console.log(text.match(/(?<\ud835\udcd1\ud835\udcfb>brown)/).groups['𝓑𝓻']);
console.log(text.match(/(?<q\u{1d7da}>quick)/u).groups['q𝟚'], /(?<a>x)\k<\u0061>/.test('xx'));
for (const source of ['(?<\\u{d835}>x)', '(?<\\ud835>x)']) {
  try {
    new RegExp(source);
    console.log('accepted', source);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
