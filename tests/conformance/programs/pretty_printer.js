// A hand-written JSON-like pretty printer and a tiny parser for the same format.
function quote(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') out += '\\"';
    else if (c === "\\") out += "\\\\";
    else if (c === "\n") out += "\\n";
    else if (c === "\t") out += "\\t";
    else out += c;
  }
  return out + '"';
}
function pretty(value, indent) {
  indent = indent || "";
  const inner = indent + "  ";
  if (value === null) return "null";
  if (typeof value === "string") return quote(value);
  if (typeof value === "number") return isFinite(value) ? String(value) : "null";
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const parts = value.map((v) => inner + pretty(v === undefined ? null : v, inner));
    return "[\n" + parts.join(",\n") + "\n" + indent + "]";
  }
  if (typeof value === "object") {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined && typeof value[k] !== "function");
    if (keys.length === 0) return "{}";
    const parts = keys.map((k) => inner + quote(k) + ": " + pretty(value[k], inner));
    return "{\n" + parts.join(",\n") + "\n" + indent + "}";
  }
  return "null";
}
function compact(value) {
  if (Array.isArray(value)) return "[" + value.map(compact).join(",") + "]";
  if (value !== null && typeof value === "object") {
    return "{" + Object.keys(value).map((k) => quote(k) + ":" + compact(value[k])).join(",") + "}";
  }
  return typeof value === "string" ? quote(value) : String(value);
}
function parse(text) {
  let i = 0;
  function ws() {
    while (" \n\t\r".includes(text[i]) && i < text.length) i++;
  }
  function val() {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      const o = {};
      ws();
      if (text[i] === "}") { i++; return o; }
      while (true) {
        ws();
        const k = val();
        ws();
        if (text[i++] !== ":") throw new SyntaxError("expected ':' at " + (i - 1));
        o[k] = val();
        ws();
        if (text[i] === ",") { i++; continue; }
        if (text[i++] === "}") return o;
        throw new SyntaxError("expected ',' or '}' at " + (i - 1));
      }
    }
    if (c === "[") {
      i++;
      const a = [];
      ws();
      if (text[i] === "]") { i++; return a; }
      while (true) {
        a.push(val());
        ws();
        if (text[i] === ",") { i++; continue; }
        if (text[i++] === "]") return a;
        throw new SyntaxError("expected ',' or ']' at " + (i - 1));
      }
    }
    if (c === '"') {
      let s = "";
      i++;
      while (text[i] !== '"') {
        if (i >= text.length) throw new SyntaxError("unterminated string");
        if (text[i] === "\\") {
          i++;
          const e = text[i];
          s += e === "n" ? "\n" : e === "t" ? "\t" : e;
        } else s += text[i];
        i++;
      }
      i++;
      return s;
    }
    if (text.startsWith("true", i)) { i += 4; return true; }
    if (text.startsWith("false", i)) { i += 5; return false; }
    if (text.startsWith("null", i)) { i += 4; return null; }
    let start = i;
    while (i < text.length && "+-0123456789.eE".includes(text[i])) i++;
    if (start === i) throw new SyntaxError("unexpected '" + c + "' at " + i);
    return Number(text.slice(start, i));
  }
  const v = val();
  ws();
  if (i < text.length) throw new SyntaxError("trailing characters at " + i);
  return v;
}

const doc = {
  name: "kiln",
  version: 1.5,
  tags: ["compiler", "aot", 'say "hi"'],
  nested: { empty: {}, list: [], deep: { a: [1, [2, 3]], b: null } },
  flags: [true, false, undefined, NaN],
  skip: undefined,
  method() {},
  text: "line1\nline2\ttabbed \\ slash",
};
const text = pretty(doc);
console.log(text);
const back = parse(text);
console.log(compact(back));
console.log(compact(parse(compact(back))) === compact(back));
for (const bad of ["[1, 2", "{\"a\" 1}", "@", "[1] x", "\"open"]) {
  try {
    parse(bad);
    console.log("parsed", bad);
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
