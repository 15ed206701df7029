// Import attributes: JSON modules need `with { type: 'json' }`, static and dynamic, with node's
// errors for a missing, unsupported or mismatched type.
import config from './fixtures/config.json' with { type: 'json' };
import * as configNamespace from './fixtures/config.json' with { type: 'json' };
import { EOL } from 'node:os';

console.log(config, Object.keys(configNamespace), configNamespace.default === config, typeof EOL);
const shown = (e) => console.log(e.name, e.code, e.message.replace(/file:\/\/\/.*\/fixtures\//, 'file:///<fixtures>/').replace(/'\/.*\/fixtures\/(.*)' imported from .*/, "'<fixtures>/$1' imported from <here>"));
const options = [
  42, null, 'json', { with: 1 }, { with: { type: 1 } }, { assert: { type: 'json' } },
  { with: { type: 'json' }, assert: { type: 'css' } }, { with: undefined }, {}, { with: { type: 'json', other: 'x' } },
  { with: Object.create({ type: 'json' }) }, { with: { type: 'css' } }, { with: { type: 'JSON' } },
];
for (const option of options) {
  try {
    const module = await import('./fixtures/config.json', option);
    console.log('loaded', module.default === config);
  } catch (e) {
    shown(e);
  }
}
const attempts = [
  () => import('./fixtures/counter.js', { with: { type: 'json' } }),
  () => import('./fixtures/counter.js', { with: {} }),
  () => import('./fixtures/counter.js', { with: { type: '' } }),
  () => import('node:path', { with: { type: 'json' } }),
  () => import('./fixtures/missing.json', { with: { type: 'json' } }),
];
for (const attempt of attempts) {
  try {
    const module = await attempt();
    console.log('loaded', typeof module);
  } catch (e) {
    shown(e);
  }
}
const pending = import('./fixtures/config.json');
console.log(pending instanceof Promise);
await pending.catch(shown);
const name = 'config';
console.log((await import(`./fixtures/${name}.json`, { with: { type: 'json' } })).default.list);
