// Numeric separators in literals.
console.log(1_000_000, 0xFF_FF, 0b1010_1010, 1_000.5_5, 1e1_0);
