// Cases without break fall through to the next case.
function run(n) {
  const out = [];
  switch (n) {
    case 0:
      out.push("zero");
    case 1:
      out.push("one");
    case 2:
      out.push("two");
      break;
    case 3:
      out.push("three");
    case 4:
    case 5:
      out.push("four-or-five");
  }
  return out.join(" ");
}
for (let i = 0; i <= 6; i++) console.log(i, JSON_like(run(i)));
function JSON_like(s) {
  return "[" + s + "]";
}
