const { produce } = require('immer');
const base = { todos: [{ t: 'a', done: false }], n: 1 };
const next = produce(base, d => { d.todos[0].done = true; d.todos.push({ t: 'b', done: false }); d.n++; });
console.log(base.todos[0].done, next.todos.length, next.n, Object.isFrozen(next), next.todos[0] !== base.todos[0]);
