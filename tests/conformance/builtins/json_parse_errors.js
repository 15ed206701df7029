// JSON.parse syntax errors: V8's exact messages and positions.
const cases = [
  '{"a":}', "", " ", "{", "[1,]", "[1 2]", "tru", "nul", '"abc', '"\\x"', '"\\u12"', "01", "-", "1.",
  "1e", '{"a" 1}', "{a:1}", "[1]x", '"a\nb"', "\u00e9", '{"a":1,}', "123abc", "undefined", "[",
  '{"a":1', "NaN", "-Infinity", "Infinity", '"\t"', "'a'", "[1,,2]", '{"a":1 "b":2}', "trux", "tr ue",
  '["a" "b"]', "[1] 2", '"\\u12', '"\\', '{"a":1}}', "\u2028", '"\\\u2603"', '"\\u"', '"\\uzzzz"',
  '"\u2603\u0001"', '"\u2603', "[1,2", "[1,", '{"a"', '{"a":', "-a", "1.a", "1e+", "1e+a", "-01", "00",
  "0x1", ".5", "+1", '{"a":1,"b"}', "{,}", '{"a":1,,}', '"abc" x', '["abc" x]', '{"abc" x}',
  '{"abc": 1 x}', '{"abc": 1 "x"}', '[1 "x"]', '["x" 1]', '{"a" "b"}', '{"a": 1, 2}', "{2}", "nulL",
  "fals", "f", "[object Object]x", '{"a":1,"b" 2}', '{"a":1,"b" "c"}', "t1",
  '{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": x}',
  "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, x]",
  "[1,2,3,4,5,6,7,8,9,x,1,2,3,4,5,6,7,8,9,1]", "[1,2,3,4,x,1,2,3,4,5,6,7,8,9,1]",
  "[1,1,1,1,1,1,x]", "[1,1,1,1,1,1,1, x]", "[1,1,1,1,1,1,1,1,x]", "[1,1,1,1,1,1,1,1, x]",
];
for (const text of cases) {
  try {
    console.log("ok", JSON.stringify(JSON.parse(text)));
  } catch (error) {
    console.log(error.name + ": " + error.message);
  }
}
for (const value of [undefined, null, {}, NaN, Infinity]) {
  try {
    JSON.parse(value);
    console.log("parsed", value);
  } catch (error) {
    console.log(error.name + ": " + error.message);
  }
}
