// String() conversion and typeof results.
console.log(String(123), String(1.5e300), String(-1e-7), String([1, [2, [3]]]));
console.log(typeof String(1), String(null) + String(undefined), String(false).length);
