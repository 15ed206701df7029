// `throw e` in a catch block moves the arrow to the rethrow; a finally block does not.
function parse(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    console.log('caught', e.name);
    throw e;
  }
}
function withCleanup() {
  try {
    return parse('{"a": [1, 2,]}');
  } finally {
    console.log('cleanup');
  }
}
withCleanup();
