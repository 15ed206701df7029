// Map and Set: build a random directed graph keyed by strings, breadth-first search with a
// Set of visited nodes, and count degree frequencies in a Map.
let seed = 8080;
function random() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

const nodeCount = 20000;
const graph = new Map();
for (let i = 0; i < nodeCount; i++) {
  graph.set("n" + i, new Set());
}
for (let i = 0; i < nodeCount * 4; i++) {
  const from = "n" + (random() % nodeCount);
  const to = "n" + (random() % nodeCount);
  graph.get(from).add(to);
}

function bfs(start) {
  const visited = new Set([start]);
  let frontier = [start];
  let depth = 0;
  while (frontier.length > 0) {
    const next = [];
    for (const node of frontier) {
      for (const neighbour of graph.get(node)) {
        if (!visited.has(neighbour)) {
          visited.add(neighbour);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
    depth++;
  }
  return [visited.size, depth];
}

let reached = 0;
let depths = 0;
for (let i = 0; i < 20; i++) {
  const [size, depth] = bfs("n" + i * 97);
  reached += size;
  depths += depth;
}
const degreeHistogram = new Map();
for (const [, edges] of graph) {
  degreeHistogram.set(edges.size, (degreeHistogram.get(edges.size) || 0) + 1);
}
const degrees = [...degreeHistogram.keys()].sort((a, b) => a - b);
console.log("reached:", reached, "depths:", depths, "degrees:", degrees.length,
  "mode:", degrees.reduce((m, d) => (degreeHistogram.get(d) > degreeHistogram.get(m) ? d : m)));
