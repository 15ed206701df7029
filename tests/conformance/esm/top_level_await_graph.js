// Modules that await at top level hold back the modules that import them, in graph order.
import { other } from './fixtures/tla_other.js';
import { port } from './fixtures/tla_user.js';
import { config } from './fixtures/tla_config.js';
console.log('main', other, port, config.port);
const lazy = await import('./fixtures/tla_user.js');
console.log('lazy', lazy.port);
