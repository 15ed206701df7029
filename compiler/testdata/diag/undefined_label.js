for (;;) {
  break outer;
}
