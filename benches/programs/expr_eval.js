// A small real-world workload: generate arithmetic expressions as text, tokenize them by
// character code, parse them with a recursive-descent parser into AST objects and evaluate.
let seed = 12345;
function random() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

function generate(depth) {
  if (depth === 0 || random() % 4 === 0) {
    return String(random() % 100);
  }
  const operators = ["+", "-", "*", "%"];
  const op = operators[random() % operators.length];
  const left = generate(depth - 1);
  const right = generate(depth - 1);
  return random() % 3 === 0 ? `(${left} ${op} ${right})` : `${left}${op}${right}`;
}

function Token(kind, value) {
  this.kind = kind;
  this.value = value;
}

function tokenize(source) {
  const tokens = [];
  let i = 0;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === 32) {
      i++;
    } else if (c >= 48 && c <= 57) {
      let value = 0;
      while (i < source.length && source.charCodeAt(i) >= 48 && source.charCodeAt(i) <= 57) {
        value = value * 10 + (source.charCodeAt(i) - 48);
        i++;
      }
      tokens.push(new Token("num", value));
    } else {
      tokens.push(new Token("op", source[i]));
      i++;
    }
  }
  tokens.push(new Token("end", null));
  return tokens;
}

function Parser(tokens) {
  this.tokens = tokens;
  this.position = 0;
}
Parser.prototype.peek = function () {
  return this.tokens[this.position];
};
Parser.prototype.next = function () {
  return this.tokens[this.position++];
};
Parser.prototype.expression = function () {
  let left = this.term();
  while (this.peek().kind === "op" && (this.peek().value === "+" || this.peek().value === "-")) {
    const op = this.next().value;
    left = { type: "binary", op: op, left: left, right: this.term() };
  }
  return left;
};
Parser.prototype.term = function () {
  let left = this.factor();
  while (this.peek().kind === "op" && (this.peek().value === "*" || this.peek().value === "%")) {
    const op = this.next().value;
    left = { type: "binary", op: op, left: left, right: this.factor() };
  }
  return left;
};
Parser.prototype.factor = function () {
  const token = this.next();
  if (token.kind === "num") {
    return { type: "number", value: token.value };
  }
  if (token.value === "(") {
    const inner = this.expression();
    if (this.next().value !== ")") {
      throw new Error("expected )");
    }
    return inner;
  }
  if (token.value === "-") {
    return { type: "negate", operand: this.factor() };
  }
  throw new Error("unexpected token " + token.value);
};

function evaluate(node) {
  switch (node.type) {
    case "number":
      return node.value;
    case "negate":
      return -evaluate(node.operand);
    case "binary": {
      const a = evaluate(node.left);
      const b = evaluate(node.right);
      switch (node.op) {
        case "+":
          return (a + b) % 1000003;
        case "-":
          return (a - b) % 1000003;
        case "*":
          return (a * b) % 1000003;
        default:
          return b === 0 ? a : a % b;
      }
    }
  }
  throw new Error("unknown node " + node.type);
}

let checksum = 0;
let tokenCount = 0;
let errors = 0;
for (let i = 0; i < 30000; i++) {
  let source = generate(7);
  if (i % 500 === 0) {
    source += " )";
  }
  const tokens = tokenize(source);
  tokenCount += tokens.length;
  try {
    const parser = new Parser(tokens);
    const tree = parser.expression();
    if (parser.peek().kind !== "end") {
      throw new Error("trailing input");
    }
    checksum = (checksum * 7 + evaluate(tree) + 1000003) % 1000000007;
  } catch (error) {
    errors++;
  }
}
console.log("tokens:", tokenCount, "errors:", errors, "checksum:", checksum);
