// Conway's game of life on a small wrapping board.
function parseBoard(lines) {
  return lines.map((line) => line.split("").map((c) => (c === "#" ? 1 : 0)));
}
function step(board) {
  const h = board.length;
  const w = board[0].length;
  const next = [];
  for (let r = 0; r < h; r++) {
    const row = [];
    for (let c = 0; c < w; c++) {
      let n = 0;
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          if (dr === 0 && dc === 0) continue;
          n += board[(r + dr + h) % h][(c + dc + w) % w];
        }
      }
      row.push(n === 3 || (n === 2 && board[r][c]) ? 1 : 0);
    }
    next.push(row);
  }
  return next;
}
function render(board) {
  return board.map((row) => row.map((v) => (v ? "#" : ".")).join("")).join("\n");
}
function population(board) {
  return board.reduce((sum, row) => sum + row.reduce((a, b) => a + b, 0), 0);
}
let board = parseBoard([
  "..........",
  "..#.......",
  "...#......",
  ".###......",
  "..........",
  "..........",
  "......##..",
  "......##..",
  "..........",
  "..........",
]);
console.log(render(board));
for (let gen = 1; gen <= 4; gen++) {
  board = step(board);
  console.log("generation " + gen + ", population " + population(board));
}
console.log(render(board));
const populations = [];
for (let gen = 5; gen <= 40; gen++) {
  board = step(board);
  populations.push(population(board));
}
console.log("populations 5..40: " + populations.join(" "));
console.log(render(board));
let blinker = parseBoard([".....", "..#..", "..#..", "..#..", "....."]);
const a = render(blinker);
blinker = step(blinker);
const b = render(blinker);
blinker = step(blinker);
console.log(a === render(blinker), a === b);
