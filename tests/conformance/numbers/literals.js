// Numeric literal forms.
console.log(0x10, 0XFF, 0o17, 0O7, 0b1010, 0B11);
console.log(1e3, 1E3, 1.5e-3, .5, 5., 0.0);
console.log(0xFFFFFFFF, 0x1FFFFFFFFFFFFF, 0b11111111111111111111111111111111);
console.log(1.7976931348623157e309, 5e-325);
