try { require('./fixtures/throws'); } catch (e) { console.log('first:', e.message); }
try { require('./fixtures/throws'); } catch (e) { console.log('again:', e.message); }
try { require('./does-not-exist'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
try { require('condpkg/dist/cjs.js'); } catch (e) { console.log(e.code); }
const name = './fixtures/' + 'throws';
try { require(name); } catch (e) { console.log('dynamic:', e.message); }
console.log(typeof module, typeof exports, module.exports === exports, this === exports);
