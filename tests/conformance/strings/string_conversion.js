// String() conversion of every kind of value.
console.log(String(null), String(undefined), String(true), String(123), String(-0), String(NaN));
console.log(String([1, [2, 3]]), String([]), String([null, undefined]), String({}));
console.log(String(1e21), String(1e-7), String(0.000001), String(-1.5));
console.log(String({ toString() { return "ts"; } }), String({ valueOf() { return 1; } }));
console.log(String("already"), String(), typeof String(5));
