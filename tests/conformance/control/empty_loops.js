// Loops whose bodies never run.
for (let i = 0; i < 0; i++) console.log("never");
for (const x of []) console.log("never", x);
for (const k in []) console.log("never", k);
while (0) console.log("never");
console.log("done");
