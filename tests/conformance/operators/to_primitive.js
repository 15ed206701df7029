// Objects are converted with valueOf and toString depending on the hint.
const both = {
  valueOf() { return 42; },
  toString() { return "str"; },
};
console.log(both + 1, both + "", `${both}`, String(both), Number(both), both * 2);
console.log(both == 42, both == "42", both > 41, [both] + "");
const onlyToString = { toString() { return "7"; } };
console.log(onlyToString + 1, onlyToString * 2, onlyToString == 7);
const objValueOf = { valueOf() { return {}; }, toString() { return "fallback"; } };
console.log(objValueOf + 1, Number(objValueOf));
const arr = [5];
console.log(arr + 1, arr * 2, arr == 5, arr == "5");
