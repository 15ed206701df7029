// Reading and writing deeply nested properties.
const config = { server: { host: "localhost", ports: [80, 443] }, flags: {} };
config.server.ports.push(8080);
config.flags.debug = true;
config.server.tls = { enabled: false };
config.server.tls.enabled = !config.server.tls.enabled;
console.log(config.server.ports.length, config.flags.debug, config.server.tls.enabled);
const grid = {};
for (let r = 0; r < 3; r++) {
  grid["row" + r] = {};
  for (let c = 0; c < 3; c++) grid["row" + r]["c" + c] = r * 3 + c;
}
console.log(grid.row2.c1, Object.keys(grid.row1).join(","));
