const { format, addDays, differenceInCalendarDays, parseISO, formatDistanceStrict } = require('date-fns');
const d = parseISO('2024-02-28T12:00:00');
console.log(format(addDays(d, 2), 'yyyy-MM-dd EEEE'), differenceInCalendarDays(parseISO('2024-12-25'), d), formatDistanceStrict(d, addDays(d, 3)));
