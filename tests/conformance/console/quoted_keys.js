// Keys that are not identifiers are quoted.
console.log({ "a-b": 1, "with space": 2, valid_id: 3, $dollar: 4, _under: 5 });
console.log({ 1: "one", "01": "zero-one", "1a": "x", "": "empty" });
console.log({ "it's": 1, 'say "x"': 2 });
console.log({ café: 1, "ünï": 2 });
