// A value thrown in a timer callback (a primitive: kiln's stack lines do not yet name the
// receiver of a method call, `Timeout._onTimeout`, as V8's do).
setTimeout(function tick() {
  console.log('tick');
  throw 404;
}, 1);
