// Nested try/finally blocks run innermost first.
function nested() {
  const log = [];
  try {
    try {
      try {
        log.push("innermost");
        return log;
      } finally {
        log.push("f1");
      }
    } finally {
      log.push("f2");
    }
  } finally {
    log.push("f3");
  }
}
console.log(nested());
function override() {
  try {
    try {
      return "inner";
    } finally {
      return "middle";
    }
  } finally {
    console.log("outer finally");
  }
}
console.log(override());
function throwInFinally() {
  try {
    try {
      throw new Error("first");
    } finally {
      throw new Error("second");
    }
  } catch (e) {
    return e.message;
  }
}
console.log(throwInFinally());
