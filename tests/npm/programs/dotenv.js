const dotenv = require('dotenv');
console.log(dotenv.parse('A=1\nB="two words"\n# c\nC=\'x\'\nexport D=4\n'));
