// String.fromCharCode builds strings from UTF-16 code units.
console.log(String.fromCharCode(72, 105), String.fromCharCode(), String.fromCharCode(65 + 65536));
console.log(String.fromCharCode(0xd83d, 0xde00).length, String.fromCharCode("66", 67.9));
let s = "";
for (let c = 97; c < 97 + 26; c++) s += String.fromCharCode(c);
console.log(s);
