// A tokenizer, recursive-descent parser and evaluator for arithmetic with variables.
function isDigit(c) {
  return c >= "0" && c <= "9";
}
function isLetter(c) {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
}

function tokenize(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " " || c === "\t") {
      i++;
    } else if (isDigit(c) || c === ".") {
      let start = i;
      while (i < src.length && (isDigit(src[i]) || src[i] === ".")) i++;
      tokens.push({ type: "num", value: parseFloat(src.slice(start, i)) });
    } else if (isLetter(c)) {
      let start = i;
      while (i < src.length && (isLetter(src[i]) || isDigit(src[i]))) i++;
      tokens.push({ type: "name", value: src.slice(start, i) });
    } else if ("+-*/%^()=".includes(c)) {
      tokens.push({ type: "op", value: c });
      i++;
    } else {
      throw new SyntaxError("unexpected character '" + c + "' at " + i);
    }
  }
  tokens.push({ type: "end", value: null });
  return tokens;
}

function Parser(tokens, env) {
  this.tokens = tokens;
  this.pos = 0;
  this.env = env;
}
Parser.prototype.peek = function () {
  return this.tokens[this.pos];
};
Parser.prototype.next = function () {
  return this.tokens[this.pos++];
};
Parser.prototype.expect = function (value) {
  const t = this.next();
  if (t.value !== value) throw new SyntaxError("expected '" + value + "' but found " + (t.value === null ? "end" : "'" + t.value + "'"));
};
Parser.prototype.statement = function () {
  const t = this.peek();
  const after = this.tokens[this.pos + 1];
  if (t.type === "name" && after.value === "=") {
    this.pos += 2;
    const v = this.expression();
    this.env[t.value] = v;
    return v;
  }
  return this.expression();
};
Parser.prototype.expression = function () {
  let left = this.term();
  while (this.peek().value === "+" || this.peek().value === "-") {
    const op = this.next().value;
    const right = this.term();
    left = op === "+" ? left + right : left - right;
  }
  return left;
};
Parser.prototype.term = function () {
  let left = this.power();
  while ("*/%".includes(this.peek().value) && this.peek().type === "op") {
    const op = this.next().value;
    const right = this.power();
    if (op === "/" && right === 0) throw new RangeError("division by zero");
    left = op === "*" ? left * right : op === "/" ? left / right : left % right;
  }
  return left;
};
Parser.prototype.power = function () {
  const base = this.unary();
  if (this.peek().value === "^") {
    this.next();
    return base ** this.power();
  }
  return base;
};
Parser.prototype.unary = function () {
  if (this.peek().value === "-") {
    this.next();
    return -this.unary();
  }
  return this.primary();
};
Parser.prototype.primary = function () {
  const t = this.next();
  if (t.type === "num") return t.value;
  if (t.type === "name") {
    if (!(t.value in this.env)) throw new ReferenceError("unknown variable " + t.value);
    return this.env[t.value];
  }
  if (t.value === "(") {
    const v = this.expression();
    this.expect(")");
    return v;
  }
  throw new SyntaxError("unexpected " + (t.value === null ? "end of input" : "'" + t.value + "'"));
};

const env = { pi: 3.14159 };
const lines = [
  "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 0.5",
  "x = 5", "y = x * 2 + 1", "x * y", "pi * 2", "1 / 0", "z + 1", "3 +", "(1 + 2",
  "4 $ 4", "0.1 + 0.2", "r = (x + y) / 3", "r",
];
for (const line of lines) {
  try {
    const parser = new Parser(tokenize(line), env);
    const value = parser.statement();
    if (parser.peek().type !== "end") throw new SyntaxError("trailing input");
    console.log(line.padEnd(18) + " => " + value);
  } catch (e) {
    console.log(line.padEnd(18) + " !! " + e.name + ": " + e.message);
  }
}
console.log(Object.keys(env).sort().join(","));
