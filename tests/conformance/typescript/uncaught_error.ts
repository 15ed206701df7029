// An uncaught error thrown from TypeScript code ends the program with exit code 1.
class ValidationError extends Error {
  constructor(public field: string, message: string) { super(message); this.name = 'ValidationError'; }
}
function validate(input: { age?: number }): number {
  if (input.age === undefined) throw new ValidationError('age', 'age is required');
  return input.age;
}
console.log(validate({ age: 3 }));
try { validate({}); } catch (e) { const error = e as ValidationError; console.log(error.name, error.field, error.message); }
validate({});
console.log('not reached');
