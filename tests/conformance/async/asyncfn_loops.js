// Async functions awaiting each other in loops, recursion and with timers.
function sleep(ms, value) {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}
async function fetchItem(id) {
  await sleep(id % 3, null);
  return { id, name: "item" + id };
}
async function sequential(ids) {
  const out = [];
  for (const id of ids) {
    const item = await fetchItem(id);
    out.push(item.name);
  }
  return out;
}
async function parallel(ids) {
  const items = await Promise.all(ids.map(fetchItem));
  return items.map((item) => item.id);
}
async function sumTo(n) {
  if (n === 0) return 0;
  return n + (await sumTo(n - 1));
}
async function countdown(n) {
  while (n > 0) {
    console.log("countdown", n);
    n = await Promise.resolve(n - 1);
  }
  return "liftoff";
}
async function main() {
  console.log(await sequential([1, 2, 3, 4]));
  console.log(await parallel([5, 6, 7]));
  console.log("sum", await sumTo(100));
  console.log(await countdown(3));
  let total = 0;
  for (let i = 0; i < 1000; i++) {
    total += await i;
  }
  console.log("awaited 1000 values, total", total);
  const results = [];
  await Promise.all(
    [30, 10, 20].map(async (ms) => {
      await sleep(ms);
      results.push(ms);
    }),
  );
  console.log("finished in timer order", results);
  const chunks = [];
  for (let i = 0; i < 3; i++) {
    chunks.push(
      await (async () => {
        let s = "";
        for (let j = 0; j <= i; j++) s += await String.fromCharCode(97 + j);
        return s;
      })(),
    );
  }
  console.log(chunks);
  return "main done";
}
main().then((v) => console.log(v));
console.log("main started");
