// User-defined error types built on Error.prototype.
function ValidationError(field) {
  this.name = "ValidationError";
  this.message = "invalid " + field;
  this.field = field;
}
ValidationError.prototype = Object.create(Error.prototype);
ValidationError.prototype.constructor = ValidationError;
try {
  throw new ValidationError("email");
} catch (e) {
  console.log(e instanceof ValidationError, e instanceof Error, e.name, e.message, e.field);
  console.log(String(e), e.toString());
}
const plain = new Error("base");
plain.name = "Renamed";
console.log(String(plain));
