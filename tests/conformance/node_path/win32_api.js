// path.win32 by example (node's documentation cases and more), the cross-links between
// path, path.posix and path.win32, require('path/win32'), and argument validation.
const path = require('path');
const win32 = require('path/win32');
const { win32: fromNode } = require('node:path');
console.log(win32 === path.win32, fromNode === win32, win32.win32 === win32, win32.posix === path.posix, path.posix.win32 === win32);
console.log(require('node:path/win32') === win32, win32.sep, win32.delimiter, path.sep);
console.log(win32.normalize('C:\\temp\\\\foo\\bar\\..\\'), win32.normalize('C:////temp\\\\/\\/\\/foo/bar'));
console.log(win32.normalize('\\\\server\\share\\dir\\..\\file'), win32.normalize('//server/share'), win32.normalize('c:'), win32.normalize(''));
console.log(win32.join('/foo', 'bar', 'baz/asdf', 'quux', '..'), win32.join('//server', 'share'), win32.join('\\\\\\a', 'b'), win32.join());
console.log(win32.resolve('C:\\foo\\bar', '.\\baz'), win32.resolve('C:\\foo', 'D:\\bar', 'baz'), win32.resolve('C:\\a', '\\b'));
console.log(win32.resolve('\\\\srv\\sh\\x', '..', 'y'), win32.resolve('C:\\a', '\\\\srv\\sh', 'z'));
console.log(win32.relative('C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'), JSON.stringify(win32.relative('C:\\a', 'c:\\A')));
console.log(win32.relative('C:\\a\\b', 'C:\\'), win32.relative('C:\\', 'C:\\a\\b'), win32.relative('C:\\a', 'D:\\b'));
console.log(win32.relative('\\\\srv\\sh\\a', '\\\\srv\\sh\\b\\c'), win32.relative('\\\\srv\\sh', '\\\\other\\sh'));
console.log(win32.isAbsolute('//server'), win32.isAbsolute('\\\\server'), win32.isAbsolute('C:/foo/..'), win32.isAbsolute('C:\\foo\\..'));
console.log(win32.isAbsolute('bar\\baz'), win32.isAbsolute('bar/baz'), win32.isAbsolute('.'), win32.isAbsolute('C:'), win32.isAbsolute(''));
console.log(win32.dirname('C:\\foo\\bar\\baz'), win32.dirname('\\\\srv\\sh\\a'), win32.dirname('\\\\srv\\sh'), win32.dirname('C:'), win32.dirname('C:a'));
console.log(win32.basename('C:\\temp\\myfile.html'), win32.basename('C:\\temp\\myfile.html', '.html'), win32.basename('C:\\foo.HTML', '.html'));
console.log(JSON.stringify(win32.basename('C:')), win32.basename('C:foo'), win32.basename('\\\\srv\\sh\\'), win32.basename('a/b\\c/'));
console.log(win32.extname('index.html'), win32.extname('index.coffee.md'), JSON.stringify(win32.extname('index.')), JSON.stringify(win32.extname('C:.x')));
console.log(win32.parse('C:\\path\\dir\\file.txt'));
console.log(win32.parse('\\\\server\\share\\dir\\file.tar.gz'), win32.parse('C:'), win32.parse('\\'), win32.parse('C:\\'));
console.log(win32.format({ root: 'C:\\', dir: 'C:\\path\\dir', base: 'file.txt' }), win32.format({ root: 'C:\\', name: 'f', ext: 'txt' }));
console.log(win32.format({ dir: 'd', name: 'n', ext: '.e' }), win32.format({ base: 'only' }), JSON.stringify(win32.format({})));
console.log(win32.toNamespacedPath('C:\\a\\..\\b'), win32.toNamespacedPath('\\\\srv\\sh\\x'), win32.toNamespacedPath(''), win32.toNamespacedPath(5));
console.log(win32.toNamespacedPath('\\\\?\\C:\\x'), win32.toNamespacedPath('\\\\.\\pipe\\name'), win32._makeLong === win32.toNamespacedPath);
console.log(win32.normalize('C:..\\..\\x'), win32.normalize('a:b'), win32.normalize('CON:x'), win32.normalize('x/../C:y'));
console.log(win32.resolve('C:\\') === 'C:\\', win32.resolve('c:/x', 'C:y'), win32.resolve('C:\\a', 'c:b'));
for (const thunk of [
  () => win32.join('a', 1),
  () => win32.resolve('a', null),
  () => win32.normalize(5),
  () => win32.isAbsolute({}),
  () => win32.relative('a', []),
  () => win32.dirname(undefined),
  () => win32.basename('a', 1),
  () => win32.extname(true),
  () => win32.parse(null),
  () => win32.format('x'),
  () => win32.format(null),
]) {
  try {
    console.log(thunk());
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}
