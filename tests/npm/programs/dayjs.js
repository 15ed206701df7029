const dayjs = require('dayjs');
const d = dayjs('2020-02-28T10:00:00Z');
console.log(d.add(2, 'day').toISOString(), d.format('YYYY/MM/DD'), d.diff(dayjs('2020-01-01T00:00:00Z'), 'day'));
