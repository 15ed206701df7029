// find and findIndex.
const people = [{ name: "a", age: 30 }, { name: "b", age: 17 }, { name: "c", age: 45 }];
console.log(people.find((p) => p.age > 40), people.find((p) => p.age > 100));
console.log(people.findIndex((p) => p.age < 18), people.findIndex((p) => p.name === "z"));
const visited = [];
[5, , 7].find((v, i) => {
  visited.push(i + ":" + v);
  return false;
});
console.log(visited);
