const bcrypt = require('bcryptjs');
const salt = '$2b$08$abcdefghijklmnopqrstuu';
const hash = bcrypt.hashSync('s3cret', salt);
console.log(hash, bcrypt.compareSync('s3cret', hash), bcrypt.compareSync('wrong', hash), bcrypt.getRounds(hash), bcrypt.getSalt(hash));
console.log(bcrypt.compareSync('hello', '$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy'), bcrypt.truncates('x'.repeat(80)));
bcrypt.hash('async pw', '$2a$06$0123456789012345678901', (err, h) => { console.log(err, h); bcrypt.compare('async pw', h).then((ok) => console.log('compare', ok)); });
