const mime = require('mime');
console.log(mime.getType('a/b.json'), mime.getType('x.HTML'), mime.getExtension('image/png'), mime.getType('unknown.zzz'));
