// Regular expressions: parse generated web-server log lines with a capturing RegExp,
// validate fields with test(), and rewrite text with replace().
let seed = 4242;
function random() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

const methods = ["GET", "POST", "PUT", "DELETE"];
const paths = ["/", "/index.html", "/api/users", "/api/users/42", "/static/app.js", "/login"];
const lines = [];
for (let i = 0; i < 60000; i++) {
  const ip = `${random() % 256}.${random() % 256}.${random() % 256}.${random() % 256}`;
  const status = [200, 200, 200, 304, 404, 500][random() % 6];
  const path = paths[random() % paths.length] + (random() % 4 === 0 ? "?q=" + (random() % 1000) : "");
  lines.push(`${ip} - - [10/Oct/2024:13:${String(random() % 60).padStart(2, "0")}:00 +0000] ` +
    `"${methods[random() % methods.length]} ${path} HTTP/1.1" ${status} ${random() % 50000}`);
}

const pattern = /^(\d+\.\d+\.\d+\.\d+) \S+ \S+ \[([^\]]+)\] "(\w+) ([^ "?]+)(?:\?([^ "]*))? HTTP\/1\.1" (\d{3}) (\d+)$/;
const byStatus = {};
let bytes = 0;
let queries = 0;
let apiCalls = 0;
for (const line of lines) {
  const match = pattern.exec(line);
  if (match === null) {
    continue;
  }
  byStatus[match[6]] = (byStatus[match[6]] || 0) + 1;
  bytes += Number(match[7]);
  if (match[5] !== undefined) {
    queries++;
  }
  if (/^\/api\//.test(match[4])) {
    apiCalls++;
  }
}
const anonymised = lines.slice(0, 2000).map((l) => l.replace(/\d+\.\d+\.\d+\.\d+/, "x.x.x.x").replace(/\d/g, "#"));
const summary = Object.keys(byStatus).sort().map((k) => `${k}:${byStatus[k]}`).join(" ");
console.log(summary, "bytes:", bytes, "queries:", queries, "api:", apiCalls, "sample:", anonymised[7]);
