import './fixtures/order_1.js';
import './fixtures/order_2.js';
console.log('entry body');
