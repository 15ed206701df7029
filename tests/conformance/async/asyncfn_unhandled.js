// An async function whose rejection nobody handles ends the process with code 1 once the
// microtasks have drained; output printed before that stays.
async function work() {
  console.log("working");
  await null;
  console.log("about to fail");
  throw new Error("nobody catches this");
}
work();
Promise.resolve().then(() => console.log("microtask before the rejection is reported"));
console.log("end of script");
