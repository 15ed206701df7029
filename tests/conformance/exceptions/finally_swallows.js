// A return in finally discards a pending exception.
function swallow() {
  try {
    throw new Error("lost");
  } finally {
    return "swallowed";
  }
}
console.log(swallow());
function breakSwallows() {
  for (;;) {
    try {
      throw new Error("also lost");
    } finally {
      break;
    }
  }
  return "broke out";
}
console.log(breakSwallows());
