// Arithmetic operators other than + convert both operands to numbers.
console.log("6" * "2", "6" - "2", "6" / "2", "7" % "4", "2" ** "3");
console.log("a" * 1, true * 3, null * 5, undefined * 5, [] * 2, [3] * [4], [1, 2] * 2);
console.log("5" - 2, " 5 " - 2, "" - 1, "0x10" - 0, "1e2" - 0, {} - 1);
console.log(-"3", -"", -null, -undefined, -true, -[], -[7], -"-0");
