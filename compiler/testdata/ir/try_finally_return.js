function f(x) {
  try {
    if (x) return 1;
  } finally {
    x = 2;
  }
  return x;
}
f(0);
