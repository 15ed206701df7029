const async = require('async');
async.mapLimit([3, 1, 2], 2, (x, cb) => setTimeout(() => cb(null, x * 10), x * 5), (err, res) => console.log(err, res));
async.series([cb => cb(null, 1), cb => setImmediate(() => cb(null, 2))]).then(r => console.log('series', r));
