// A singly linked list built with constructor functions.
function Node(value, next) {
  this.value = value;
  this.next = next === undefined ? null : next;
}
function LinkedList() {
  this.head = null;
  this.size = 0;
}
LinkedList.prototype.push = function (value) {
  const node = new Node(value);
  if (this.head === null) {
    this.head = node;
  } else {
    let cur = this.head;
    while (cur.next !== null) cur = cur.next;
    cur.next = node;
  }
  this.size++;
  return this;
};
LinkedList.prototype.unshift = function (value) {
  this.head = new Node(value, this.head);
  this.size++;
  return this;
};
LinkedList.prototype.remove = function (value) {
  let prev = null;
  let cur = this.head;
  while (cur !== null) {
    if (cur.value === value) {
      if (prev === null) this.head = cur.next;
      else prev.next = cur.next;
      this.size--;
      return true;
    }
    prev = cur;
    cur = cur.next;
  }
  return false;
};
LinkedList.prototype.reverse = function () {
  let prev = null;
  let cur = this.head;
  while (cur !== null) {
    const next = cur.next;
    cur.next = prev;
    prev = cur;
    cur = next;
  }
  this.head = prev;
  return this;
};
LinkedList.prototype.toArray = function () {
  const out = [];
  for (let cur = this.head; cur !== null; cur = cur.next) out.push(cur.value);
  return out;
};
LinkedList.prototype.find = function (pred) {
  for (let cur = this.head; cur !== null; cur = cur.next) if (pred(cur.value)) return cur.value;
  return undefined;
};
LinkedList.prototype.toString = function () {
  return this.toArray().join(" -> ") || "(empty)";
};

const list = new LinkedList();
list.push(1).push(2).push(3).unshift(0);
console.log(String(list), list.size);
console.log(list.remove(2), list.remove(42), String(list), list.size);
list.reverse();
console.log(String(list));
console.log(list.find((v) => v < 3), list.find((v) => v > 10));
list.remove(3);
list.remove(1);
list.remove(0);
console.log(String(list), list.size, list.head);
const big = new LinkedList();
for (let i = 0; i < 1000; i++) big.unshift(i);
big.reverse();
const arr = big.toArray();
console.log(arr.length, arr[0], arr[999], arr.reduce((a, b) => a + b, 0));
console.log(new Node("solo"));
