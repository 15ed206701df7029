// An unhandled rejection with an Error points where the Error was created, not where the
// promise was rejected.
async function load(name) {
  const error = new Error(`cannot load ${name}`);
  await null;
  console.log('loading', name);
  throw error;
}
load('config.json');
