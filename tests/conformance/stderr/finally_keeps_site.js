// The exception passes through a finally block and a for-of loop (whose iterator is closed):
// node keeps pointing at the original throw.
function* items() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('iterator closed');
  }
}
try {
  for (const item of items()) {
    if (item === 2) null.missing;
  }
} finally {
  console.log('outer finally');
}
