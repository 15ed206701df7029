// Object.getPrototypeOf for built-in and user objects.
console.log(Object.getPrototypeOf({}) === Object.prototype, Object.getPrototypeOf([]) === Array.prototype);
console.log(Object.getPrototypeOf(function () {}) === Function.prototype, Object.getPrototypeOf(Object.prototype));
function F() {}
console.log(Object.getPrototypeOf(new F()) === F.prototype, Object.getPrototypeOf(F.prototype) === Object.prototype);
console.log(Object.getPrototypeOf("s") === String.prototype, Object.getPrototypeOf(1) === Number.prototype);
console.log(Object.getPrototypeOf(new TypeError("x")) === TypeError.prototype, Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
