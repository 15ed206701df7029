// Arrays of arrays.
const rows = 4;
const cols = 5;
const grid = [];
for (let r = 0; r < rows; r++) {
  const row = [];
  for (let c = 0; c < cols; c++) row.push(r * c);
  grid.push(row);
}
console.log(grid);
grid[2][3] = "X";
console.log(grid[2].join(" "), grid.length, grid[0].length);
const transposed = grid[0].map((_, c) => grid.map((row) => row[c]));
console.log(transposed[3]);
