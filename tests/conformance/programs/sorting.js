// Several sorting algorithms checked against each other.
function makeData(n, seed) {
  const out = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 48271) % 2147483647;
    out.push(x % 1000);
  }
  return out;
}
function bubbleSort(a) {
  a = a.slice();
  for (let i = 0; i < a.length; i++) {
    let swapped = false;
    for (let j = 0; j < a.length - 1 - i; j++) {
      if (a[j] > a[j + 1]) {
        const t = a[j];
        a[j] = a[j + 1];
        a[j + 1] = t;
        swapped = true;
      }
    }
    if (!swapped) break;
  }
  return a;
}
function insertionSort(a) {
  a = a.slice();
  for (let i = 1; i < a.length; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
  return a;
}
function mergeSort(a) {
  if (a.length <= 1) return a;
  const mid = a.length >> 1;
  const l = mergeSort(a.slice(0, mid));
  const r = mergeSort(a.slice(mid));
  const out = [];
  let i = 0;
  let j = 0;
  while (i < l.length && j < r.length) out.push(l[i] <= r[j] ? l[i++] : r[j++]);
  return out.concat(l.slice(i), r.slice(j));
}
function quickSort(a) {
  if (a.length <= 1) return a;
  const pivot = a[a.length >> 1];
  const less = a.filter((x) => x < pivot);
  const equal = a.filter((x) => x === pivot);
  const more = a.filter((x) => x > pivot);
  return quickSort(less).concat(equal, quickSort(more));
}
function heapSort(a) {
  a = a.slice();
  function sift(start, end) {
    let root = start;
    while (2 * root + 1 <= end) {
      let child = 2 * root + 1;
      if (child + 1 <= end && a[child] < a[child + 1]) child++;
      if (a[root] < a[child]) {
        const t = a[root];
        a[root] = a[child];
        a[child] = t;
        root = child;
      } else return;
    }
  }
  for (let s = (a.length - 2) >> 1; s >= 0; s--) sift(s, a.length - 1);
  for (let end = a.length - 1; end > 0; end--) {
    const t = a[0];
    a[0] = a[end];
    a[end] = t;
    sift(0, end - 1);
  }
  return a;
}
function same(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
const small = makeData(15, 42);
console.log("input ", small.join(" "));
const algorithms = { bubbleSort, insertionSort, mergeSort, quickSort, heapSort };
for (const name in algorithms) {
  console.log(name.padEnd(14), algorithms[name](small).join(" "));
}
const data = makeData(2000, 7);
const reference = data.slice().sort((x, y) => x - y);
for (const name in algorithms) {
  const sorted = algorithms[name](data);
  console.log(name, same(sorted, reference), sorted[0], sorted[999], sorted[1999]);
}
console.log(small.length, data.length, mergeSort([]), quickSort([1]));
