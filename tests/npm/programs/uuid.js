const { v4, v5, validate, NIL } = require('uuid');
console.log(validate(v4()), v5('hello', v5.DNS), NIL);
