// An uncaught ReferenceError exits with code 1.
console.log("before");
function useMissing() {
  return missingVariable * 2;
}
console.log(useMissing());
