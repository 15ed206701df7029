// repeat, padStart and padEnd.
console.log("ab".repeat(3), "x".repeat(0) === "", "-".repeat(10));
console.log("5".padStart(3, "0"), "5".padStart(3), "abc".padStart(2), "1".padStart(6, "ab"));
console.log("5".padEnd(3, "0") + "|", "x".padEnd(4) + "|", "abc".padEnd(7, "12") + "|", "a".padEnd(3, "") + "|");
