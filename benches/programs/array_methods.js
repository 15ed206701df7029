// Array methods with closures: map, filter, reduce, sort with a comparator, forEach, some,
// every, indexOf, slice and concat over arrays of numbers and small objects.
let seed = 7;
function random() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

let checksum = 0;
for (let round = 0; round < 120; round++) {
  const numbers = [];
  for (let i = 0; i < 5000; i++) {
    numbers.push(random() % 100000);
  }

  const doubled = numbers.map((n) => n * 2);
  const evens = doubled.filter((n) => n % 4 === 0);
  const sum = evens.reduce((accumulator, n) => accumulator + n, 0);
  const sorted = numbers.slice().sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1];

  const people = numbers.slice(0, 1000).map(function (n, index) {
    return { id: index, score: n % 1000, group: n % 7 };
  });
  people.sort((a, b) => (a.score !== b.score ? b.score - a.score : a.id - b.id));
  const top = people.slice(0, 10).map((p) => p.id);

  const perGroup = [0, 0, 0, 0, 0, 0, 0];
  people.forEach((p) => {
    perGroup[p.group] += p.score;
  });

  const anyBig = numbers.some((n) => n > 99990);
  const allPositive = numbers.every((n) => n >= 0);
  const position = numbers.indexOf(sorted[0]);
  const merged = evens.slice(0, 100).concat(sorted.slice(-100));
  const maximum = merged.reduce((m, n) => (n > m ? n : m), 0);

  checksum = (checksum + sum + median + top[0] + perGroup[3] + position + maximum) % 1000000007;
  if (anyBig) {
    checksum = (checksum + 1) % 1000000007;
  }
  if (allPositive) {
    checksum = (checksum + 2) % 1000000007;
  }
  checksum = (checksum * 31 + top.join("-").length) % 1000000007;
}
console.log("checksum:", checksum);
