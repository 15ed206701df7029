// Property-heavy code: objects used as records, read and written field by field, grouped,
// copied and summarised, as in typical data-processing scripts.
let seed = 99;
function random() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

const departments = ["eng", "ops", "sales", "legal", "support", "research"];
const cities = ["Lisbon", "Oslo", "Osaka", "Quito", "Perth"];

function makeEmployee(id) {
  return {
    id: id,
    name: "emp" + id,
    age: 20 + (random() % 45),
    department: departments[random() % departments.length],
    salary: 30000 + (random() % 90000),
    address: { city: cities[random() % cities.length], zip: 1000 + (random() % 9000) },
    active: random() % 10 !== 0,
    rating: random() % 5,
  };
}

let checksum = 0;
for (let round = 0; round < 90; round++) {
  const employees = [];
  for (let i = 0; i < 4000; i++) {
    employees.push(makeEmployee(i));
  }

  // Raises: read-modify-write of several fields per record.
  for (let i = 0; i < employees.length; i++) {
    const e = employees[i];
    if (e.active && e.rating >= 3) {
      e.salary = e.salary + ((e.salary * e.rating) / 100 | 0);
      e.promoted = true;
    } else {
      e.promoted = false;
    }
  }

  // Group into summary records keyed by department.
  const summary = {};
  for (let i = 0; i < employees.length; i++) {
    const e = employees[i];
    let group = summary[e.department];
    if (group === undefined) {
      group = { count: 0, totalSalary: 0, totalAge: 0, promoted: 0, cities: {} };
      summary[e.department] = group;
    }
    group.count++;
    group.totalSalary += e.salary;
    group.totalAge += e.age;
    if (e.promoted) {
      group.promoted++;
    }
    group.cities[e.address.city] = (group.cities[e.address.city] || 0) + 1;
  }

  // Copy records into a flatter shape (projection) and filter.
  const flat = [];
  for (let i = 0; i < employees.length; i++) {
    const e = employees[i];
    const row = {
      id: e.id,
      label: e.name + "@" + e.address.city,
      zip: e.address.zip,
      band: e.salary > 90000 ? "high" : e.salary > 60000 ? "mid" : "low",
    };
    if (row.band !== "low") {
      flat.push(row);
    }
  }

  const keys = Object.keys(summary);
  for (let k = 0; k < keys.length; k++) {
    const group = summary[keys[k]];
    const averageSalary = Math.floor(group.totalSalary / group.count);
    const averageAge = Math.floor(group.totalAge / group.count);
    checksum = (checksum * 31 + averageSalary + averageAge * 7 + group.promoted) % 1000000007;
    checksum = (checksum + Object.keys(group.cities).length) % 1000000007;
  }
  let zipSum = 0;
  for (let i = 0; i < flat.length; i++) {
    zipSum += flat[i].zip + flat[i].label.length;
  }
  checksum = (checksum + zipSum + flat.length) % 1000000007;
}
console.log("checksum:", checksum);
