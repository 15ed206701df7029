const chrono = require('chrono-node');
const ref = new Date(Date.UTC(2024, 2, 15, 12, 0, 0));
for (const text of ['Let us meet tomorrow at 5pm', 'from 10 to 14 Aug 2023', 'next Friday', '3 days ago', 'Sat Aug 17 2013 18:40:39 GMT+0900', 'on 2024-07-04 at noon', 'in two weeks'])
  for (const r of chrono.parse(text, { instant: ref, timezone: 'UTC' }, { forwardDate: false }))
    console.log(JSON.stringify(text), r.index, JSON.stringify(r.text), r.start.date().toISOString(), r.end ? r.end.date().toISOString() : '-', r.start.isCertain('day'));
console.log(chrono.parseDate('An appointment on Sep 12-13', { instant: ref, timezone: 'UTC' }).toISOString());
console.log(chrono.de.parseDate('morgen um 10 Uhr', { instant: ref, timezone: 'UTC' }).toISOString());
