// process.argv has the executable and script first, then user arguments.
console.log(process.argv.length >= 2);
console.log(process.argv.slice(2));
console.log(Array.isArray(process.argv), typeof process.argv[0]);
