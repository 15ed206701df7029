// process.hrtime (and .bigint), uptime, memoryUsage (and .rss), cpuUsage, resourceUsage,
// chdir, argv0 and execArgv: shapes, monotonic behaviour and node's argument errors.
const shown = (e) => console.log(e.name, e.code, e.message);
const start = process.hrtime();
const startBig = process.hrtime.bigint();
const startUptime = process.uptime();
const cpuStart = process.cpuUsage();
let spin = 0;
const until = Date.now() + 60;
while (Date.now() < until) spin++;
const diff = process.hrtime(start);
const diffBig = process.hrtime.bigint() - startBig;
console.log(Array.isArray(start), start.length, Number.isInteger(start[0]), start[1] >= 0 && start[1] < 1e9);
console.log(diff[0] === 0, diff[1] >= 50e6, typeof startBig, diffBig >= 50000000n, diffBig < 10000000000n);
console.log(typeof startUptime, startUptime >= 0, process.uptime() - startUptime >= 0.05);
const memory = process.memoryUsage();
console.log(Object.keys(memory), Object.values(memory).every((v) => typeof v === 'number' && v >= 0), memory.rss > 1e6, typeof process.memoryUsage.rss());
const cpu = process.cpuUsage(cpuStart);
console.log(Object.keys(cpu), cpu.user >= 0, cpu.system >= 0, cpu.user + cpu.system > 10000);
const resources = process.resourceUsage();
console.log(Object.keys(resources).join(), resources.maxRSS > 1000);
console.log(process.hrtime.length, process.hrtime.bigint.length, process.uptime.length, process.cpuUsage.length, process.chdir.length);
for (const bad of [5, 'x', {}, null]) {
  try {
    process.hrtime(bad);
  } catch (e) {
    shown(e);
  }
}
for (const bad of [[1], [1, 2, 3]]) {
  try {
    process.hrtime(bad);
  } catch (e) {
    shown(e);
  }
}
for (const bad of [5, { user: -1, system: 0 }, { user: 'a', system: 0 }, { user: 0, system: Infinity }]) {
  try {
    process.cpuUsage(bad);
  } catch (e) {
    shown(e);
  }
}
const here = process.cwd();
process.chdir('..');
console.log(process.cwd() === require('path').dirname(here));
process.chdir(here);
console.log(process.cwd() === here);
for (const bad of [5, undefined]) {
  try {
    process.chdir(bad);
  } catch (e) {
    shown(e);
  }
}
try {
  process.chdir('./no-such-directory');
} catch (e) {
  console.log(e.code, e.errno, e.syscall, e.path === here, e.dest, Object.keys(e), e.message.replace(here, '<cwd>'));
}
console.log(typeof process.argv0, process.argv0.length > 0, Array.isArray(process.execArgv), process.execArgv.length);
