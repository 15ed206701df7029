// The order in which valueOf and toString are called.
const log = [];
const o = {
  valueOf() { log.push("valueOf"); return 1; },
  toString() { log.push("toString"); return "s"; },
};
function show(label, value) {
  console.log(label, value, log.join(","));
  log.length = 0;
}
show("plus", o + o);
show("template", `${o}`);
show("String", String(o));
show("compare", o < 2);
show("loose eq", o == 1);
show("key", { [o]: 1 }.s);
show("minus", o - 1);
