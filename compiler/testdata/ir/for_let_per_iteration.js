const fs = [];
for (let i = 0; i < 2; i++) {
  fs.push(() => i);
}
