// An LRU cache on Map insertion order with heavy churn (exercises table compaction), and a
// Set of many strings built by concatenation (content-hashed keys).
class LruCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.entries = new Map();
  }
  get(key) {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key);
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }
  set(key, value) {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      this.entries.delete(oldest);
    }
  }
}
const cache = new LruCache(50);
let hits = 0;
for (let i = 0; i < 20000; i++) {
  const key = (i * 7919) % 97;
  if (cache.get(key) !== undefined) hits++;
  cache.set(key, i);
}
console.log(hits, cache.entries.size, [...cache.entries.keys()].slice(0, 8).join(","));
const words = new Set();
for (let i = 0; i < 5000; i++) words.add("w" + (i % 1234) + "-" + (i % 7));
console.log(words.size, words.has("w5-5"), words.has("w" + 5 + "-" + 5), words.has("w5-6"));
const counts = new Map();
for (const ch of "the quick brown fox jumps over the lazy dog".repeat(200)) counts.set(ch, (counts.get(ch) || 0) + 1);
console.log([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5));
