const beautify = require('js-beautify');
console.log(beautify.js('function f(a,b){if(a){return b}else{for(var i=0;i<3;i++){console.log(i)}}}var x={a:1,b:[1,2,3]};', { indent_size: 2, space_in_empty_paren: true }));
console.log(beautify.css('a{color:red;margin:0}@media screen{b{padding:1px}}', { indent_size: 4 }));
console.log(beautify.html('<div><p>Hello <b>there</b></p><ul><li>a</li><li>b</li></ul><script>var a=1;if(a){a++}</script></div>', { indent_size: 2, wrap_line_length: 40 }));
