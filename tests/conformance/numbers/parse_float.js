// parseFloat accepts the longest valid decimal prefix.
console.log(parseFloat("3.14"), parseFloat("  3.14abc"), parseFloat("-.5"), parseFloat("+.5e1"));
console.log(parseFloat("1e3"), parseFloat("1e"), parseFloat("1e+"), parseFloat("1.2.3"));
console.log(parseFloat("0x10"), parseFloat(""), parseFloat("abc"), parseFloat("Infinityx"), parseFloat("-Infinity"));
console.log(parseFloat("1_000"), parseFloat(".e1"), parseFloat("-0"), parseFloat("0.1e-6"), parseFloat([" 2.5 "]));
