const { DateTime, Duration } = require('luxon');
const dt = DateTime.fromISO('2020-05-15T08:30:00', { zone: 'utc' });
console.log(dt.plus({ days: 20 }).toISODate(), dt.toFormat('yyyy LLL dd HH:mm'), Duration.fromObject({ minutes: 135 }).toFormat('h:mm'));
