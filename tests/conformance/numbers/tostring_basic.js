// Number to string for integers and simple decimals.
console.log(0, 1, -1, 42, -42, 1000000, 2147483647, 2147483648, -2147483649);
console.log(1.5, -1.5, 0.25, 3.125, 100.5, 0.001);
console.log(String(7), String(-7.5), "" + 12.75, `${0.5}`);
console.log(1.0, 5.00);
