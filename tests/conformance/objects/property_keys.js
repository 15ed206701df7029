// Property keys of various types all become strings.
const o = {};
o[1] = "number one";
o["1"] = "string one";
o[1.5] = "float";
o[-1] = "negative";
o[true] = "true";
o[null] = "null";
o[undefined] = "undefined";
o[{}] = "object";
console.log(Object.keys(o));
console.log(o[1], o["1.5"], o["-1"], o.true, o.null, o.undefined, o["[object Object]"]);
o[1e21] = "big";
o[0.000001] = "small";
console.log(o["1e+21"], o["0.000001"]);
