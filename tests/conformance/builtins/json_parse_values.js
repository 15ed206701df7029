// JSON.parse: values, nesting, escapes, numbers, duplicate keys, __proto__ and index keys.
const show = (text) => console.log(JSON.stringify(JSON.parse(text)));
show('{"a": 1, "b": [true, false, null], "c": {"d": "e"}}');
show(' \t\n\r[1, -2, 3.5, 1e3, 1E-2, -0.25e+2, 0, -0]\n');
show('"\\u0041\\u00e9\\u20ac\\ud83d\\ude00 \\/ \\" \\\\ \\b\\f\\n\\r\\t"');
show('{"b": 1, "a": 2, "1": 3, "0": 4, "b": 5}');
show('12345678901234567890');
show('1e400');
show('[[[[[]]]], {}, [{}]]');
const parsed = JSON.parse('{"__proto__": {"x": 1}, "y": 2}');
console.log(Object.keys(parsed), Object.getPrototypeOf(parsed) === Object.prototype, parsed.x);
console.log(Object.is(JSON.parse("-0"), -0), typeof JSON.parse('"str"'), JSON.parse("null"));
console.log(JSON.parse(' "text" '), JSON.parse("true"), JSON.parse(123), JSON.parse(new String("[1]")));
const long = JSON.parse("[" + Array.from({ length: 1000 }, (_, i) => i).join(",") + "]");
console.log(long.length, long[999]);
const deep = JSON.parse("[".repeat(500) + "]".repeat(500));
console.log(Array.isArray(deep));
