const { CronExpressionParser } = require('cron-parser');
const interval = CronExpressionParser.parse('*/15 9-17 * * 1-5', { currentDate: new Date('2024-03-01T16:50:00Z'), tz: 'UTC' });
for (let i = 0; i < 6; i++) console.log(interval.next().toISOString());
const e2 = CronExpressionParser.parse('0 0 1,15 * *', { currentDate: '2024-01-10T00:00:00Z', tz: 'UTC' });
console.log(e2.take(4).map((d) => d.toISOString()), e2.stringify ? e2.stringify() : '');
const e3 = CronExpressionParser.parse('30 2 L * *', { currentDate: new Date(Date.UTC(2024, 0, 1)), tz: 'UTC' });
console.log(e3.next().toISOString(), e3.next().toISOString(), e3.prev().toISOString());
console.log(CronExpressionParser.parse('@weekly', { currentDate: new Date(Date.UTC(2024, 5, 5)), tz: 'UTC' }).next().toISOString());
try { CronExpressionParser.parse('61 * * * *'); } catch (e) { console.log(e.name, e.message); }
