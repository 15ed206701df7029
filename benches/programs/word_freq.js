// A small real-world workload: count word frequencies in generated text with an object used
// as a dictionary, then rank the words with Object.keys and sort.
let seed = 2024;
function random() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

const syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "sho", "vin", "der", "pa", "qu", "ez"];
function makeWord() {
  // Skewed lengths make some words much more frequent than others.
  const parts = 1 + (random() % 3 === 0 ? 2 : random() % 2);
  let word = "";
  for (let i = 0; i < parts; i++) {
    word += syllables[(random() % syllables.length) * (i + 1) % syllables.length];
  }
  return word;
}

const lines = [];
for (let i = 0; i < 50000; i++) {
  const words = [];
  const count = 5 + (random() % 15);
  for (let w = 0; w < count; w++) {
    words.push(makeWord());
  }
  lines.push(words.join(random() % 5 === 0 ? ",  " : " "));
}
const text = lines.join("\n");

const counts = {};
let total = 0;
const rawLines = text.split("\n");
for (let l = 0; l < rawLines.length; l++) {
  const tokens = rawLines[l].split(" ");
  for (let t = 0; t < tokens.length; t++) {
    let word = tokens[t];
    if (word.endsWith(",")) {
      word = word.slice(0, word.length - 1);
    }
    if (word === "") {
      continue;
    }
    word = word.toLowerCase();
    total++;
    if (counts[word] === undefined) {
      counts[word] = 1;
    } else {
      counts[word]++;
    }
  }
}

const distinct = Object.keys(counts);
distinct.sort(function (a, b) {
  if (counts[a] !== counts[b]) {
    return counts[b] - counts[a];
  }
  return a < b ? -1 : a > b ? 1 : 0;
});
const top = [];
for (let i = 0; i < 5; i++) {
  top.push(distinct[i] + "=" + counts[distinct[i]]);
}
let longest = "";
for (const word in counts) {
  if (word.length > longest.length || (word.length === longest.length && word < longest)) {
    longest = word;
  }
}
console.log("words:", total, "distinct:", distinct.length, "longest:", longest);
console.log("top:", top.join(" "));
