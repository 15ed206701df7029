const wait = (ms, v) => new Promise((resolve) => setTimeout(() => resolve(v), ms));
console.log('start');
const value = await wait(5, 'awaited');
console.log(value);
export const done = true;
await Promise.reject(new Error('top-level rejection'));
console.log('never');
