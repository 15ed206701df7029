// Truthiness as seen by if, while, ternary, && and ||.
function check(label, v) {
  let s = "";
  if (v) s += "if ";
  s += v ? "ternary " : "";
  s += (v && "and ") || "";
  console.log(label, s === "" ? "falsy" : s.trim());
}
check("0", 0);
check("-0", -0);
check("NaN", NaN);
check("empty", "");
check("'0'", "0");
check("space", " ");
check("null", null);
check("undefined", undefined);
check("[]", []);
check("{}", {});
check("1", 1);
check("-1", -1);
check("fn", function () {});
