// parseInt with radixes, prefixes, whitespace and trailing junk.
console.log(parseInt("42"), parseInt("  42  "), parseInt("-42"), parseInt("+42"));
console.log(parseInt("123abc"), parseInt("abc123"), parseInt(""), parseInt("  "));
console.log(parseInt("0x1F"), parseInt("-0x1f"), parseInt("0x"), parseInt("0b11"), parseInt("08"));
console.log(parseInt("1e3"), parseInt("3.99"), parseInt("-3.99"), parseInt(0.0000005), parseInt(1e21));
console.log(parseInt("ff", 16), parseInt("FF", 16), parseInt("0xff", 16), parseInt("z", 36), parseInt("Z", 36));
console.log(parseInt("101", 2), parseInt("102", 2), parseInt("777", 8), parseInt("10", 37), parseInt("10", 1));
console.log(parseInt("10", 0), parseInt("10", undefined), parseInt("11", "2"), parseInt(null), parseInt("Infinity"));
console.log(parseInt("-0"), parseInt("9007199254740993"), parseInt("123456789012345678901234567890"));
