// Compound assignment on properties evaluates the object and key once.
let calls = 0;
const obj = { a: 1, list: [10, 20, 30] };
function getObj() {
  calls++;
  return obj;
}
function key() {
  calls++;
  return "a";
}
getObj()[key()] += 5;
console.log(obj.a, calls);
let idx = 0;
obj.list[idx++] *= 2;
obj.list[idx++] -= 5;
console.log(obj.list, idx);
obj.missing += 1;
console.log(obj.missing);
obj.str = "x";
obj.str += obj.str;
console.log(obj.str);
