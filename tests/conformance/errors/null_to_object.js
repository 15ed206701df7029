// Built-ins that need an object reject null and undefined.
try {
  Object.keys(null);
} catch (e) {
  console.log(e.name, e.message);
}
try {
  Object.entries(undefined);
} catch (e) {
  console.log(e.message);
}
try {
  Object.assign(null, {});
} catch (e) {
  console.log(e.message);
}
