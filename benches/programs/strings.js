// Strings: building by concatenation, searching with indexOf, cutting with slice and
// substring, character codes, split/join and case changes.
let seed = 42;
function random() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

const alphabet = "abcdefghijklmnopqrstuvwxyz";
function randomWord() {
  const length = 3 + (random() % 6);
  let word = "";
  for (let i = 0; i < length; i++) {
    word += alphabet.charAt(random() % 26);
  }
  return word;
}

let checksum = 0;
let found = 0;
let longest = "";
for (let round = 0; round < 1400; round++) {
  // Build a line of words one piece at a time.
  let text = "";
  for (let i = 0; i < 400; i++) {
    text += randomWord() + (i % 10 === 9 ? ". " : " ");
  }

  // Count occurrences of a few needles with indexOf.
  const needles = ["ab", "xyz", "the", "q", "mm"];
  for (let n = 0; n < needles.length; n++) {
    let at = text.indexOf(needles[n]);
    while (at !== -1) {
      found++;
      at = text.indexOf(needles[n], at + 1);
    }
  }

  // Split into sentences and words; capitalise each sentence and hash it.
  const sentences = text.split(". ");
  const rebuilt = [];
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s].trim();
    if (sentence.length === 0) {
      continue;
    }
    const capitalised = sentence.charAt(0).toUpperCase() + sentence.slice(1);
    rebuilt.push(capitalised);
    const words = sentence.split(" ");
    for (let w = 0; w < words.length; w++) {
      if (words[w].length > longest.length) {
        longest = words[w];
      }
    }
  }
  const joined = rebuilt.join(". ") + ".";
  for (let i = 0; i < joined.length; i += 7) {
    checksum = (checksum * 33 + joined.charCodeAt(i)) % 1000000007;
  }

  // Reverse a slice character by character and compare with substring.
  const piece = joined.substring(100, 400);
  let reversed = "";
  for (let i = piece.length - 1; i >= 0; i--) {
    reversed += piece[i];
  }
  if (reversed.slice(-10) === piece.slice(0, 10).split("").reverse().join("")) {
    checksum = (checksum + 1) % 1000000007;
  }
  checksum = (checksum + String.fromCharCode(65 + (round % 26)).charCodeAt(0)) % 1000000007;
  if (joined.toLowerCase().includes("zz") || joined.startsWith("A")) {
    checksum = (checksum + 3) % 1000000007;
  }
}
console.log("found:", found, "longest:", longest, "checksum:", checksum);
