// Number.prototype.toFixed rounding and formatting.
console.log((1.005).toFixed(2), (1.45).toFixed(1), (1.55).toFixed(1), (2.5).toFixed(0));
console.log((123.456).toFixed(0), (123.456).toFixed(1), (123.456).toFixed(5));
console.log((0).toFixed(0), (0).toFixed(3), (-1.5).toFixed(0), (-2.345).toFixed(2));
console.log((1e21).toFixed(2), (1e20).toFixed(2), (0.000001).toFixed(7), (5e-7).toFixed(6));
console.log((10).toFixed(), (0.5).toFixed(), (1.23e-10).toFixed(2), NaN.toFixed(2));
console.log((3).toFixed(20), (0.1).toFixed(20));
