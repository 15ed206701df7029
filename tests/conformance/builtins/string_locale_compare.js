// localeCompare with the default locale: ICU's root collation for ASCII and Latin text.
const words = ["b", "a", "B", "A", "é", "e", "z", "_", "1", "ä", "10", "9", " ", "-", "!", "Zebra", "apple", "Apple", "résumé", "resume", "co-op", "coop", "æ", "ae", "ß", "ss", "naïve", "naive", "ÿ", "Ø", "o", "ø"];
console.log(words.slice().sort((x, y) => x.localeCompare(y)).join(" "));
const ascii = [];
for (let code = 32; code < 127; code++) ascii.push(String.fromCharCode(code));
console.log(ascii.sort((x, y) => x.localeCompare(y)).join(""));
console.log("a".localeCompare("B"), "a".localeCompare("A"), "A".localeCompare("a"), "a".localeCompare("a"), "".localeCompare("a"));
console.log("a".localeCompare(), "undefined".localeCompare(), "10".localeCompare("9"), "item2".localeCompare("item10"));
const names = ["Émile", "Eve", "eve", "Ève", "éve", "Zoë", "zoe", "Ødegaard", "Olsen", "Åsa", "Aaron"];
console.log(names.sort((x, y) => x.localeCompare(y)).join(", "));
console.log(String.prototype.localeCompare.length, String.prototype.localeCompare.call(5, 6));
