// Delays above 2^31-1 ms (and negative or non-numeric ones) become 1 ms; a TimeoutOverflowWarning
// goes to stderr and to 'warning' listeners.
process.on('warning', (w) => console.log('warning event:', w.name, w.message.split('\n').join(' | ')));
setTimeout(() => console.log('huge delay fires after 1 ms'), 2 ** 31);
setTimeout(() => console.log('max delay is kept'), 2 ** 31 - 1).unref();
setTimeout(() => console.log('infinite delay fires after 1 ms'), Infinity);
setTimeout(() => console.log('20 ms'), 20);
console.log('main done');
