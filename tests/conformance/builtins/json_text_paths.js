// JSON text with and without escapes, in Latin-1 and wider strings: property names that
// are array indices, escaped or empty names, repeated names, and stringify's escapes.
const texts = [
  '{"a":1,"b":"two","":0,"0":"zero","12":"twelve","01":"not an index","a\\u0062c":3}',
  '{"caf\u00e9":"cr\u00e8me","\u4e2d":"\u6587","x":"\\ud83d\\ude00","y":"tab\\tnew\\nline"}',
  '{"dup":1,"dup":2,"nested":{"dup":{"dup":[1,{"0":"a"}]}}}',
  '[{"id":1,"tags":["x","y"]},{"id":2,"tags":[]},{"tags":null,"id":3}]',
  '{"4294967294":"max index","4294967295":"not an index","-1":"negative"}',
];
for (const text of texts) {
  const value = JSON.parse(text);
  console.log(Object.keys(value).join("|"), JSON.stringify(value));
}
const parsed = JSON.parse(texts[0]);
console.log(parsed.abc, parsed[0], parsed["01"], parsed[12], Array.isArray(JSON.parse("[]")));
const escapes = ["quote\" backslash\\ slash/", "\b\f\n\r\t\u0000\u001f\u007f", "caf\u00e9 \u00ff", "\u2028\u2029", "\ud800 lone \udfff", "\ud83d\ude00", ""];
for (const text of escapes) {
  console.log(JSON.stringify(text), JSON.stringify({ [text]: text }).length);
}
console.log(JSON.stringify({ key: "value", list: ["a\"b", "c\\d"], deep: { "e\nf": "\u0001" } }, null, 1));
for (const bad of ['{"a":1,}', '{"a\u0001":1}', '{"a":"\u0002"}', '{"\\x41":1}', '{"open', '{1:2}']) {
  try {
    JSON.parse(bad);
    console.log("parsed", bad);
  } catch (error) {
    console.log(error.constructor.name, error.message);
  }
}
