const { sprintf, vsprintf } = require('sprintf-js');
console.log(sprintf('%s is %d years and %05.2f%% done', 'Ann', 42.9, 37.456));
console.log(sprintf('%2$s %1$s!', 'world', 'Hello'), sprintf('%x %X %o %b %e %c', 255, 255, 8, 5, 12345.678, 65));
console.log(sprintf('%(name)s has %(count)+d items', { name: 'bob', count: 3 }), sprintf('%j', { a: [1, 2] }));
console.log(vsprintf('%-8s|%8s|%\'*8s|%.3s', ['left', 'right', 'star', 'truncate']));
console.log(sprintf('%t %T %v %u %g', true, [1], 'v', -5, 0.000012345));
try { sprintf('%z', 1); } catch (e) { console.log(e.name, e.message); }
