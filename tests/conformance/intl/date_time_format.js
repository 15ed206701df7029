// Intl.DateTimeFormat in en-US with fixed instants and explicit time zones.
const show = (label, f) => {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
};
const d = Date.UTC(2024, 2, 5, 14, 7, 9, 45);
const summer = Date.UTC(2024, 6, 4, 3, 30);
const dtf = (options) => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', ...options });
for (const dateStyle of [undefined, 'full', 'long', 'medium', 'short'])
  for (const timeStyle of [undefined, 'full', 'long', 'medium', 'short'])
    if (dateStyle || timeStyle)
      for (const timeZone of ['UTC', 'America/New_York', 'Asia/Tokyo'])
        show(`${dateStyle}/${timeStyle} ${timeZone}`, () => [dtf({ dateStyle, timeStyle, timeZone }).format(d), dtf({ dateStyle, timeStyle, timeZone }).format(summer)]);
show('components', () => [{}, { weekday: 'long' }, { era: 'short' }, { year: '2-digit' }, { month: 'long' }, { month: 'narrow' }, { day: '2-digit' }, { hour: 'numeric' },
  { hour: '2-digit', minute: '2-digit' }, { minute: 'numeric', second: 'numeric' }, { second: 'numeric', fractionalSecondDigits: 3 },
  { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }, { weekday: 'short', month: 'short', day: 'numeric' },
  { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', timeZoneName: 'short' },
  { year: 'numeric', month: '2-digit', day: '2-digit' }, { month: 'numeric', day: 'numeric' }, { weekday: 'long', hour: 'numeric' }].map((o) => dtf(o).format(d)));
show('hour cycles', () => [{ hour12: false }, { hour12: true }, { hourCycle: 'h11' }, { hourCycle: 'h23' }, { hourCycle: 'h24' }].map((o) => dtf({ hour: 'numeric', minute: 'numeric', ...o }).format(Date.UTC(2024, 0, 1, 0, 5))));
for (const timeZone of ['UTC', 'America/New_York', 'Asia/Tokyo', 'Europe/Berlin', 'Asia/Kolkata'])
  show('zone names ' + timeZone, () => ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric'].map((timeZoneName) => [d, summer].map((t) => dtf({ timeZone, timeZoneName }).format(t)).join(' / ')));
show('era', () => [dtf({ era: 'short', year: 'numeric' }).format(Date.UTC(-50, 0, 1)), dtf({}).format(Date.UTC(-50, 0, 1)), dtf({ year: 'numeric', month: 'long', era: 'long' }).format(d)]);
show('parts', () => dtf({ dateStyle: 'full', timeStyle: 'full' }).formatToParts(d));
show('parts 24h', () => dtf({ hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 3, hour12: false }).formatToParts(d));
show('range', () => [dtf({}).formatRange(d, d + 86400000 * 3), dtf({}).formatRange(d, d + 1000), dtf({ dateStyle: 'medium', timeStyle: 'short' }).formatRange(d, d + 3600000),
  dtf({ hour: 'numeric', minute: 'numeric' }).formatRange(d, d + 3600000), dtf({ hour: 'numeric', minute: 'numeric' }).formatRange(d, d + 3600000 * 12),
  dtf({ month: 'long', day: 'numeric', year: 'numeric' }).formatRange(d, d + 86400000 * 3), dtf({ month: 'long', day: 'numeric', year: 'numeric' }).formatRange(d, d + 86400000 * 40),
  dtf({ month: 'long', day: 'numeric', year: 'numeric' }).formatRange(d, d + 86400000 * 400)]);
show('range parts', () => dtf({}).formatRangeToParts(d, d + 86400000 * 3));
show('resolved', () => dtf({ dateStyle: 'full', timeStyle: 'long', timeZone: 'asia/tokyo' }).resolvedOptions());
show('resolved components', () => dtf({ hour: 'numeric', minute: 'numeric', hourCycle: 'h23', timeZone: 'US/Eastern' }).resolvedOptions());
show('resolved default', () => { const r = new Intl.DateTimeFormat().resolvedOptions(); return [r.locale, r.calendar, typeof r.timeZone, r.year, r.month, r.day]; });
show('aliases', () => ['Etc/UTC', 'GMT', 'Asia/Calcutta', 'EST5EDT', 'America/Buenos_Aires'].map((timeZone) => dtf({ timeZone }).resolvedOptions().timeZone));
const format = dtf({ month: 'short', day: 'numeric' }).format;
show('bound format', () => [d, summer].map(format));
show('called without new', () => Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(d));
show('toStringTag', () => Object.prototype.toString.call(dtf({})));
