// A binary search tree with insertion, search, traversal and deletion.
function TreeNode(key) {
  this.key = key;
  this.left = null;
  this.right = null;
}
function BST() {
  this.root = null;
  this.count = 0;
}
BST.prototype.insert = function (key) {
  const node = new TreeNode(key);
  if (this.root === null) {
    this.root = node;
    this.count++;
    return true;
  }
  let cur = this.root;
  while (true) {
    if (key === cur.key) return false;
    const side = key < cur.key ? "left" : "right";
    if (cur[side] === null) {
      cur[side] = node;
      this.count++;
      return true;
    }
    cur = cur[side];
  }
};
BST.prototype.has = function (key) {
  let cur = this.root;
  while (cur !== null) {
    if (key === cur.key) return true;
    cur = key < cur.key ? cur.left : cur.right;
  }
  return false;
};
BST.prototype.inOrder = function () {
  const out = [];
  (function walk(n) {
    if (n === null) return;
    walk(n.left);
    out.push(n.key);
    walk(n.right);
  })(this.root);
  return out;
};
BST.prototype.height = function () {
  function h(n) {
    return n === null ? 0 : 1 + Math.max(h(n.left), h(n.right));
  }
  return h(this.root);
};
BST.prototype.remove = function (key) {
  const self = this;
  function del(n, k) {
    if (n === null) return null;
    if (k < n.key) n.left = del(n.left, k);
    else if (k > n.key) n.right = del(n.right, k);
    else {
      if (n.left === null) { self.count--; return n.right; }
      if (n.right === null) { self.count--; return n.left; }
      let succ = n.right;
      while (succ.left !== null) succ = succ.left;
      n.key = succ.key;
      n.right = del(n.right, succ.key);
    }
    return n;
  }
  this.root = del(this.root, key);
};
BST.prototype.levels = function () {
  const out = [];
  let level = this.root ? [this.root] : [];
  while (level.length) {
    out.push(level.map((n) => n.key).join(" "));
    const next = [];
    for (const n of level) {
      if (n.left) next.push(n.left);
      if (n.right) next.push(n.right);
    }
    level = next;
  }
  return out;
};

const tree = new BST();
for (const k of [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]) tree.insert(k);
console.log(tree.insert(40), tree.count, tree.height());
console.log(tree.inOrder().join(","));
console.log(tree.levels());
console.log(tree.has(45), tree.has(55));
tree.remove(30);
tree.remove(50);
tree.remove(99);
console.log(tree.inOrder().join(","), tree.count);
console.log(tree.levels());
const words = new BST();
for (const w of "the quick brown fox jumps over the lazy dog".split(" ")) words.insert(w);
console.log(words.inOrder(), words.count);
const degenerate = new BST();
for (let i = 0; i < 200; i++) degenerate.insert(i);
console.log(degenerate.height(), degenerate.has(199));
console.log(new TreeNode(1));
