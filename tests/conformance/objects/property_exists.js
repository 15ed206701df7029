// Distinguishing missing properties from properties holding undefined.
const o = { present: undefined, zero: 0 };
console.log(o.present, o.absent, "present" in o, "absent" in o);
console.log(o.hasOwnProperty("present"), o.hasOwnProperty("absent"), o.zero || "default");
console.log(Object.keys(o), o.present === o.absent);
