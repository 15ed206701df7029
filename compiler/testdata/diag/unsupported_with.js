// kiln reports constructs it cannot compile yet, with their position.
const scope = { a: 1 };
with (scope) {
  console.log(a);
}
