// Methods that close over factory variables rather than using this.
function makePerson(name) {
  let age = 0;
  return {
    birthday() {
      age++;
      return this;
    },
    describe: () => name + " is " + age,
  };
}
const p = makePerson("Lin");
p.birthday().birthday();
const describe = p.describe;
console.log(describe(), makePerson("Sam").describe());
