// typeof for every kind of value.
console.log(typeof 1, typeof 1.5, typeof NaN, typeof Infinity, typeof -0);
console.log(typeof "", typeof "abc");
console.log(typeof true, typeof false);
console.log(typeof null, typeof undefined);
console.log(typeof {}, typeof [], typeof function () {}, typeof (() => 1));
console.log(typeof console.log, typeof Math, typeof Object);
