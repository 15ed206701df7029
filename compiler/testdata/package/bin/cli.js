const { greeting } = require("../lib/greeting");
console.log(greeting(process.argv[2] || "world"));
