// Property lookup follows the prototype chain; writes create own properties.
const base = { greeting: "hello", shared: [] };
const child = Object.create(base);
const grandchild = Object.create(child);
console.log(grandchild.greeting, child.hasOwnProperty("greeting"));
grandchild.greeting = "hi";
console.log(grandchild.greeting, child.greeting, base.greeting);
child.shared.push(1);
console.log(base.shared, grandchild.shared === base.shared);
base.later = "added later";
console.log(grandchild.later);
console.log(Object.getPrototypeOf(grandchild) === child, Object.getPrototypeOf(base) === Object.prototype);
