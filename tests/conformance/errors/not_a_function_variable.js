// Calling a non-function variable.
const values = [5, "str", null, undefined, {}, [1]];
for (const x of values) {
  try {
    x();
  } catch (e) {
    console.log(e instanceof TypeError, e.message);
  }
}
