// Counting word frequencies in a text.
const text = "It was the best of times, it was the worst of times, it was the age of wisdom, " +
  "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, " +
  "it was the season of Light, it was the season of Darkness, it was the spring of hope, " +
  "it was the winter of despair, we had everything before us, we had nothing before us.";

function normalize(word) {
  let out = "";
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i];
    if (c >= "a" && c <= "z") out += c;
  }
  return out;
}

const counts = Object.create(null);
let totalWords = 0;
for (const raw of text.split(" ")) {
  const w = normalize(raw);
  if (w === "") continue;
  totalWords++;
  counts[w] = (counts[w] || 0) + 1;
}

const entries = Object.keys(counts).map((w) => [w, counts[w]]);
entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log("total words:", totalWords, "distinct:", entries.length);
for (const pair of entries.slice(0, 8)) {
  const bar = "#".repeat(pair[1]);
  console.log(pair[0].padEnd(8), String(pair[1]).padStart(2), bar);
}
const singles = entries.filter((e) => e[1] === 1).map((e) => e[0]);
console.log("used once:", singles.length, singles.slice(0, 5).join(", "));
const longest = entries.reduce((best, e) => (e[0].length > best.length ? e[0] : best), "");
console.log("longest word:", longest, longest.length);
const byLength = {};
for (const e of entries) {
  const len = e[0].length;
  byLength[len] = (byLength[len] || 0) + e[1];
}
console.log(byLength);

// Bigrams: pairs of neighbouring words, counted the same way.
const words = text.split(" ").map(normalize).filter((w) => w !== "");
const bigrams = Object.create(null);
for (let i = 0; i + 1 < words.length; i++) {
  const key = words[i] + " " + words[i + 1];
  bigrams[key] = (bigrams[key] || 0) + 1;
}
const topBigrams = Object.keys(bigrams)
  .filter((k) => bigrams[k] > 1)
  .sort((a, b) => bigrams[b] - bigrams[a] || (a < b ? -1 : a > b ? 1 : 0));
console.log("repeated bigrams:", topBigrams.length);
for (const k of topBigrams.slice(0, 5)) console.log("  " + k.padEnd(12) + " x" + bigrams[k]);

// Sentences split on commas, capitalized, with their word counts.
const clauses = text.split(", ").slice(0, 4);
clauses.forEach(function (clause, i) {
  const trimmed = clause.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  console.log(i + 1 + ".", capital, "(" + trimmed.split(" ").length + " words)");
});
