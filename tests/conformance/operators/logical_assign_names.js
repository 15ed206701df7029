// Logical assignment to an identifier names an anonymous function (NamedEvaluation).
var a = 0, b = 1, c = null, d = { p: 0 };
a ||= () => {};
b &&= function () {};
c ??= class {};
d.p ||= () => {};
var e = 1;
e ||= () => {};
console.log(JSON.stringify([a.name, b.name, c.name, d.p.name, e]));
let l = null;
l ??= async function* () {};
console.log(l.name);
