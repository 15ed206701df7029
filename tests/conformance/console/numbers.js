// Numbers at top level and inside containers.
console.log(0, -0, 1.5, -2.25, 1e21, 1e-7, 0.1 + 0.2);
console.log([0, -0, NaN, Infinity, -Infinity]);
console.log({ neg: -0, nan: NaN, big: 123456789012345680000 });
console.log(-0 + "", String(-0), [-0] + "");
