// kiln: --script
// A function declaration cannot replace a non-configurable, non-writable global property.
console.log('never printed');
function undefined() {}
