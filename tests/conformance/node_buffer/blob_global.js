'use strict';
// The Blob and File globals with no require.
const blob = new Blob(['hello ', 'world'], { type: 'text/plain' });
console.log(blob, blob.size);
blob.slice(6).text().then((text) => console.log(text));
const file = new File([blob], 'greeting.txt', { lastModified: 0 });
console.log(file, file instanceof Blob);
console.log(Object.keys(globalThis).includes('Blob'), typeof globalThis.File);
