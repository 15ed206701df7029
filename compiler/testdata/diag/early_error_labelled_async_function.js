// Only a plain function may be labelled, and only in a statement list.
console.log('not printed');
label: async function f() {}
