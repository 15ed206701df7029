// import() of specifiers computed at run time: kiln includes, at build time, the files a
// literal prefix can name (exact file names, as ES modules need).
import osLiteral from 'node:os';
for (const lang of ['fr', 'de']) {
  const ns = await import(`./fixtures/locale/${lang}.js`);
  console.log(lang, ns.default, ns.n);
}
const de = await import('./fixtures/locale/' + 'de.js');
console.log(de === await import('./fixtures/locale/de.js'));
for (const specifier of ['./fixtures/locale/' + 'fr', './fixtures/locale/es.js', 'no-such-package/x', '@scope/pkg/deep']) {
  try {
    await import(specifier);
    console.log('loaded', specifier);
  } catch (e) {
    console.log(e.code, e.message.split(' imported from ')[0].replace(/^Cannot find module '.*\/(fixtures)/, "Cannot find module '$1"));
  }
}
const which = (flag) => import(flag ? './fixtures/locale/fr.js' : './fixtures/locale/de.js');
console.log((await which(true)).default, (await which(false)).default);
const os = await import(['node', 'os'].join(':'));
console.log(typeof os.EOL, os.default === osLiteral);
const object = { toString: () => './fixtures/locale/de.js' };
console.log((await import(object)).n);
const failing = { toString() { throw new TypeError('no text'); } };
const pending = import(failing);
console.log(pending instanceof Promise);
pending.catch((e) => console.log('rejected', e.message));
