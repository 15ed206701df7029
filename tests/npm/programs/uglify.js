const UglifyJS = require('uglify-js');
const r = UglifyJS.minify('function add(first, second) { var unused = 1; return first + second; }\nconsole.log(add(1, 2));');
console.log(r.error, r.code);
