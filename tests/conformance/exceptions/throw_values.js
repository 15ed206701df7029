// Any value can be thrown.
const values = ["a string", 42, null, undefined, { code: 7 }, [1, 2], true];
for (const v of values) {
  try {
    throw v;
  } catch (e) {
    console.log(typeof e, e === v, e);
  }
}
