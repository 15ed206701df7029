// Objects whose values are functions.
const api = {
  get() {},
  set: function () {},
  remove: () => {},
  named: function inner() {},
};
console.log(api);
