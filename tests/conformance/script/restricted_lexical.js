// kiln: --script
// A let that would shadow a non-configurable global property fails before the script runs.
console.log('never printed');
let NaN = 1;
