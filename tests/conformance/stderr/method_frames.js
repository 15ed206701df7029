// An uncaught Error thrown several calls deep in methods: each frame is named as V8 names it
// (`Parser.parse`, `Object.run [as start]`, `new Parser`, `exports.main`).
class Parser {
  constructor(text) {
    this.text = text;
    this.lines = this.split();
  }
  split() {
    return this.text.split('\n').map((line, index) => this.parseLine(line, index));
  }
  parseLine(line, index) {
    if (line.startsWith('!')) {
      throw new SyntaxError(`bad line ${index + 1}: ${line}`);
    }
    return line.trim();
  }
}
const app = {
  run(text) {
    return new Parser(text).lines;
  },
};
app.start = app.run;
exports.main = function () {
  console.log(app.start('a\nb'));
  console.log(app.start('a\n!b'));
};
exports.main();
