const cookie = require('cookie');
console.log(cookie.parse('a=1; b=hello%20world; c'), cookie.serialize('sid', 'x y', { httpOnly: true, maxAge: 60, path: '/' }));
