// Towers of Hanoi, permutations, subsets and the n-queens problem.
function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}
console.log(hanoi(3, "A", "C", "B", []).join(" "));
console.log(hanoi(10, "A", "C", "B", []).length);
function permutations(items) {
  if (items.length <= 1) return [items.slice()];
  const out = [];
  for (let i = 0; i < items.length; i++) {
    const rest = items.slice(0, i).concat(items.slice(i + 1));
    for (const p of permutations(rest)) out.push([items[i]].concat(p));
  }
  return out;
}
console.log(permutations(["a", "b", "c"]).map((p) => p.join("")).join(" "));
console.log(permutations([1, 2, 3, 4, 5, 6]).length);
function subsets(items) {
  if (items.length === 0) return [[]];
  const rest = subsets(items.slice(1));
  return rest.concat(rest.map((s) => [items[0]].concat(s)));
}
console.log(subsets([1, 2, 3]).map((s) => "{" + s.join(",") + "}").join(" "));
function queens(n) {
  let count = 0;
  let first = null;
  const cols = [];
  function place(row) {
    if (row === n) {
      count++;
      if (first === null) first = cols.slice();
      return;
    }
    for (let c = 0; c < n; c++) {
      let ok = true;
      for (let r = 0; r < row; r++) {
        if (cols[r] === c || Math.abs(cols[r] - c) === row - r) {
          ok = false;
          break;
        }
      }
      if (ok) {
        cols[row] = c;
        place(row + 1);
      }
    }
  }
  place(0);
  return { count, first };
}
for (let n = 4; n <= 8; n++) {
  const q = queens(n);
  console.log(n, q.count, q.first.join(""));
}
const board = queens(6).first.map((c) => ".".repeat(c) + "Q" + ".".repeat(5 - c));
console.log(board.join("\n"));
function flatten(x) {
  return Array.isArray(x) ? x.reduce((acc, y) => acc.concat(flatten(y)), []) : [x];
}
console.log(flatten([1, [2, [3, [4, [5]]]], [[6]]]));
