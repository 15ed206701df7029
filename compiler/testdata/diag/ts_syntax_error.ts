interface Point {
  x: number;
}
function distance(a: Point, b: ): number {
  return a.x - b.x;
}
