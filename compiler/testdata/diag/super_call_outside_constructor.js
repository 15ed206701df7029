class Point {
  move() {
    super();
  }
}
