const moment = require('moment');
const m = moment.utc('2021-03-04T05:06:07Z');
console.log(m.format('dddd, MMMM Do YYYY, h:mm:ss a'), m.clone().add(1, 'month').format('L'), moment.duration(3661, 's').humanize());
