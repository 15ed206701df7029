// Callbacks get (value, index, array), which surprises parseInt.
console.log(["1", "2", "3"].map(parseInt), ["10", "10", "10"].map(parseInt));
console.log(["a", "b"].map(function () { return arguments.length; }));
