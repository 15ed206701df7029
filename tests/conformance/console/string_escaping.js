// Control characters in nested strings are escaped.
console.log(["\x00", "\x01", "\x1f", "\x7f", "\b\f\v\r"]);
console.log(["é", "ü", "中文", "😀"]);
console.log({ "key\nwith newline": 1 });
