// An uncaught error thrown from TypeScript code ends the program with exit code 1.
class ValidationError extends Error {
  field;
  constructor(field, message) { super(message); this.field = field; this.name = 'ValidationError'; }
}
function validate(input) {
  if (input.age === undefined) throw new ValidationError('age', 'age is required');
  return input.age;
}
console.log(validate({ age: 3 }));
try { validate({}); } catch (e) { const error = e; console.log(error.name, error.field, error.message); }
validate({});
console.log('not reached');
