// Word wrapping, justification and centering of text.
const text = "Kiln compiles JavaScript programs ahead of time into native executables. " +
  "Each program in this suite prints its results so that the output of the compiled binary " +
  "can be compared with the output of node, line by line and byte by byte.";
function wrap(s, width) {
  const words = s.split(" ");
  const lines = [];
  let line = "";
  for (const w of words) {
    if (line === "") line = w;
    else if (line.length + 1 + w.length <= width) line += " " + w;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
function justify(line, width) {
  const words = line.split(" ");
  if (words.length === 1) return line.padEnd(width);
  let gaps = words.length - 1;
  let spaces = width - words.join("").length;
  let out = "";
  for (let i = 0; i < words.length - 1; i++) {
    const n = Math.ceil(spaces / gaps);
    out += words[i] + " ".repeat(n);
    spaces -= n;
    gaps--;
  }
  return out + words[words.length - 1];
}
function center(line, width) {
  const left = Math.floor((width - line.length) / 2);
  return " ".repeat(left) + line + " ".repeat(width - line.length - left);
}
for (const width of [30, 45]) {
  const lines = wrap(text, width);
  console.log("+" + "-".repeat(width) + "+");
  lines.forEach((l, i) => console.log("|" + (i === lines.length - 1 ? l.padEnd(width) : justify(l, width)) + "|"));
  console.log("+" + "-".repeat(width) + "+");
}
console.log(wrap("short", 10), wrap("", 10), wrap("averyveryverylongword fits", 5));
console.log("[" + center("title", 11) + "]", "[" + center("ab", 7) + "]");
