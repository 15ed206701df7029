// Unary plus converts its operand with ToNumber.
console.log(+"", +" ", +"0x10", +"0b10", +"1e3", +"-", +"--1", +".");
console.log(+[], +[[]], +[[[3]]], +{}, +null, +undefined, +true, +false);
console.log(+"1,000", +"١", +"12e", +" \t\n 8 \n");
