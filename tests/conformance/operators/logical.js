// && and || return one of their operands and short-circuit.
console.log(1 && 2, 0 && 2, "" && "x", "a" && "", null && 1, 1 && null);
console.log(1 || 2, 0 || 2, "" || "x", null || undefined, undefined || 0, NaN || "nan");
console.log(!1, !0, !"", !"a", !null, ![], !{});
const log = [];
function t(name, v) {
  log.push(name);
  return v;
}
const r1 = t("a", false) && t("b", true);
const r2 = t("c", true) || t("d", true);
const r3 = t("e", 0) || t("f", "") || t("g", "last");
const r4 = t("h", 1) && t("i", 2) && t("j", 3);
console.log(r1, r2, r3, r4, log.join(""));
console.log((1 && 0) || "fallback", 1 || (0 && 2));
