// import() of computed specifiers from a CommonJS module.
(async () => {
  for (const name of ['fr.js', 'de.js', 'data.json']) {
    try {
      const ns = await import('./fixtures/locale/' + name);
      console.log(name, JSON.stringify(ns.default));
    } catch (e) {
      console.log(name, e.code);
    }
  }
  try {
    await import('./fixtures/locale/' + 'fr');
  } catch (e) {
    console.log(e.code, e.message.startsWith('Cannot find module'), e.message.includes('fixtures/locale/fr\''));
  }
  const path = await import('node:' + 'path');
  console.log(typeof path.join, path.default === require('path'));
})();
