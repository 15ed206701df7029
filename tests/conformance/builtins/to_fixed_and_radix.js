// toFixed and toString(radix) used for formatting.
const prices = [0, 1, 1.5, 19.999, 1234.5678, 0.005, 0.015];
console.log(prices.map((p) => "$" + p.toFixed(2)).join(" "));
const codes = [0, 9, 10, 15, 16, 255, 4095];
console.log(codes.map((c) => c.toString(16).padStart(4, "0")).join(" "));
console.log((7).toString(2).padStart(8, "0"), (-7 >>> 0).toString(2));
