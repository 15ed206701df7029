const path = require('path');
const posix = require('node:path/posix');
console.log(path === posix, path.posix === path, path.sep, path.delimiter);
console.log(path.join('/a/b', '../c', './d/'), path.join(), path.join('', ''));
console.log(path.resolve('/x', 'y', '..', 'z'), path.resolve('/'), path.resolve('/a/', '/b//'));
console.log(path.resolve() === process.cwd(), path.resolve('rel') === process.cwd() + '/rel');
console.log(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'));
console.log(path.relative('/a', '/a'), JSON.stringify(path.relative('/', '/')), path.relative('/a/b', '/'));
console.log(path.normalize('/foo/bar//baz/asdf/quux/..'), path.normalize(''), path.normalize('./'), path.normalize('a/../..'));
console.log(path.dirname('/a/b/c'), path.dirname('a'), path.dirname('//a'), path.dirname('/a//b//'));
console.log(path.basename('/quux.html', '.html'), path.basename('/a/b/'), path.basename('aaa', 'a'));
console.log(path.extname('index.coffee.md'), path.extname('index.'), path.extname('.index'), path.extname('.index.md'));
console.log(path.parse('/home/user/dir/file.txt'));
console.log(path.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }));
console.log(path.format({ root: '/', base: 'file.txt', ext: 'ignored' }));
console.log(path.format({ root: '/', name: 'file', ext: 'txt' }), path.format({ name: 'x', ext: '.y' }));
console.log(path.isAbsolute('/a'), path.isAbsolute('a'), path.isAbsolute(''), path.toNamespacedPath('/a'));
for (const thunk of [
  () => path.join('a', 1),
  () => path.resolve('a', null),
  () => path.basename(undefined),
  () => path.basename('a', 2),
  () => path.relative({}, 'a'),
  () => path.format(null),
  () => path.format('x'),
  () => path.parse(['a']),
  () => path.dirname(() => 1),
  () => path.extname(Symbol('s')),
  () => path.normalize(5),
]) {
  try {
    console.log(thunk());
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}
