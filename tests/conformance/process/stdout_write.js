// process.stdout.write prints without adding a newline.
process.stdout.write("no newline;");
process.stdout.write(" still same line\n");
console.log("console.log line");
process.stdout.write("a");
process.stdout.write("b");
process.stdout.write("\n");
for (let i = 0; i < 5; i++) process.stdout.write(String(i));
process.stdout.write("\n");
console.log(process.stdout.write(""));
