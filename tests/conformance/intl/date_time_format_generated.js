// Differential check of Intl.DateTimeFormat: a seeded generator combines component options,
// hour cycles and time zones with fixed instants; each group of 10 results is one hashed line,
// followed by a readable sample.
let seed = 7;
function random(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
function pick(list) {
  return list[random(list.length)];
}
function hash(text) {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}
const instants = [0, Date.UTC(2024, 2, 5, 14, 7, 9, 45), Date.UTC(2024, 6, 4, 3, 30, 0, 999), Date.UTC(1999, 11, 31, 23, 59, 59, 500),
  Date.UTC(2024, 10, 3, 6, 30), Date.UTC(-50, 0, 1, 12), Date.UTC(2000, 1, 29, 0, 0, 1), Date.UTC(2023, 0, 1, 12, 0), Date.UTC(1985, 5, 15, 8, 5, 7), -1e12];
// (Europe/London before 1971 is left out of the -1e12 instant: see docs/compat.md.)
const zones = ['UTC', 'America/New_York', 'Asia/Tokyo', 'Europe/London', 'America/Los_Angeles', 'Asia/Kolkata', 'Australia/Sydney'];
const choices = {
  weekday: [undefined, undefined, undefined, 'long', 'short', 'narrow'],
  era: [undefined, undefined, undefined, undefined, undefined, 'short', 'long'],
  year: [undefined, undefined, 'numeric', '2-digit'],
  month: [undefined, undefined, 'numeric', '2-digit', 'long', 'short', 'narrow'],
  day: [undefined, undefined, 'numeric', '2-digit'],
  hour: [undefined, undefined, 'numeric', '2-digit'],
  minute: [undefined, undefined, 'numeric', '2-digit'],
  second: [undefined, undefined, undefined, 'numeric', '2-digit'],
  fractionalSecondDigits: [undefined, undefined, undefined, undefined, 1, 3],
  timeZoneName: [undefined, undefined, undefined, undefined, 'short', 'long', 'shortOffset', 'longOffset'],
  hour12: [undefined, undefined, undefined, true, false],
};
const styles = [undefined, 'full', 'long', 'medium', 'short'];
const lines = [];
const sample = [];
let group = [];
for (let i = 0; i < 1500; i++) {
  let options = {};
  if (random(4) === 0) {
    const dateStyle = pick(styles);
    const timeStyle = pick(styles);
    if (dateStyle) options.dateStyle = dateStyle;
    if (timeStyle) options.timeStyle = timeStyle;
    if (random(3) === 0) options.hour12 = pick([true, false]);
  } else {
    for (const key of Object.keys(choices)) {
      const value = pick(choices[key]);
      if (value !== undefined) options[key] = value;
    }
  }
  options.timeZone = pick(zones);
  let t = pick(instants);
  if (t === -1e12 && options.timeZone === 'Europe/London') t = 0;
  let out;
  try {
    const dtf = new Intl.DateTimeFormat('en-US', options);
    out = dtf.format(t) + ' | ' + dtf.formatToParts(t).map((p) => p.type).join(',');
    if (i % 5 === 0) out += ' | ' + JSON.stringify(dtf.resolvedOptions());
  } catch (e) {
    out = e.name + ': ' + e.message;
  }
  group.push(out);
  if (i % 15 === 0) sample.push(JSON.stringify(options) + ' ' + t + ' => ' + out);
  if (group.length === 10) {
    lines.push(hash(group.join('\n')));
    group = [];
  }
}
console.log(lines.join('\n'));
for (const line of sample) console.log(line);
