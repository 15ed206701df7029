// Error.prototype.toString combines name and message.
const e = new Error("msg");
e.name = "";
console.log(String(e));
e.name = "Custom";
e.message = "";
console.log(String(e));
const o = { name: "Obj", message: "from object" };
console.log(Error.prototype.toString.call(o));
console.log(Error.prototype.toString.call({}));
const r = new RangeError("r");
console.log(r + "!", `${r}`);
