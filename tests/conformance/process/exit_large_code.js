// Exit codes are taken modulo 256.
console.log("exit 257");
process.exit(257);
