// A todo list manager with commands, filtering and error handling.
function TodoList() {
  this.items = [];
  this.nextId = 1;
}
TodoList.prototype.add = function (title, priority) {
  if (typeof title !== "string" || title.trim() === "") throw new TypeError("title must be a non-empty string");
  const item = { id: this.nextId++, title: title.trim(), priority: priority || "normal", done: false };
  this.items.push(item);
  return item;
};
TodoList.prototype.get = function (id) {
  const item = this.items.find((t) => t.id === id);
  if (!item) throw new RangeError("no todo with id " + id);
  return item;
};
TodoList.prototype.complete = function (id) {
  this.get(id).done = true;
};
TodoList.prototype.remove = function (id) {
  const idx = this.items.findIndex((t) => t.id === id);
  if (idx < 0) throw new RangeError("no todo with id " + id);
  return this.items.splice(idx, 1)[0];
};
TodoList.prototype.filter = function (what) {
  if (what === "done") return this.items.filter((t) => t.done);
  if (what === "open") return this.items.filter((t) => !t.done);
  return this.items.slice();
};
TodoList.prototype.render = function (what) {
  const order = { high: 0, normal: 1, low: 2 };
  const items = this.filter(what).sort((a, b) => order[a.priority] - order[b.priority] || a.id - b.id);
  if (items.length === 0) return "  (nothing)";
  return items.map((t) => "  " + (t.done ? "[x]" : "[ ]") + " #" + t.id + " " + t.title + (t.priority !== "normal" ? " (" + t.priority + ")" : "")).join("\n");
};

const todos = new TodoList();
const commands = [
  ["add", "write tests", "high"],
  ["add", "fix parser"],
  ["add", "   water plants   ", "low"],
  ["add", ""],
  ["add", "review PR", "high"],
  ["complete", 2],
  ["complete", 9],
  ["remove", 3],
  ["remove", 3],
  ["add", "ship release"],
  ["complete", 1],
];
for (const cmd of commands) {
  const name = cmd[0];
  try {
    if (name === "add") {
      const item = todos.add(cmd[1], cmd[2]);
      console.log("added #" + item.id, item.title);
    } else if (name === "complete") {
      todos.complete(cmd[1]);
      console.log("completed #" + cmd[1]);
    } else if (name === "remove") {
      console.log("removed", todos.remove(cmd[1]).title);
    }
  } catch (e) {
    console.log("error in " + name + ": " + e.name + ": " + e.message);
  }
}
console.log("all:\n" + todos.render("all"));
console.log("open:\n" + todos.render("open"));
console.log("done:\n" + todos.render("done"));
console.log(todos.items.length, todos.nextId, todos.get(4));
