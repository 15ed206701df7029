// Number() results and typeof.
console.log(Number("42") + 1, Number("4.2e1"), Number(" "), Number("0.0000001"), typeof Number("x"));
console.log(Number(new Error("x")), Number([[[]]]), Number(["  12  "]));
