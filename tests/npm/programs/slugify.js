const slugify = require('slugify');
console.log(slugify('some string'), slugify('Ünïcödé & Ça va? 100% <sure>'), slugify('  Hello, World!!  ', { lower: true, strict: true }));
console.log(slugify('I ♥ Dogs', { replacement: '_', remove: /[*+~.()'"!:@]/g }), slugify('Ελληνικά кириллица Łódź', { locale: 'de' }), slugify('Fuß', { locale: 'de', lower: true }));
slugify.extend({ '☢': 'radioactive' });
console.log(slugify('unicode ☢ char'), slugify('a.b_c', { trim: false }));
