const { transform } = require('sucrase');
const src = `import React from 'react';
interface Props { name: string; count?: number }
enum Color { Red, Green = 5, Blue }
export default function Hello({ name, count = 1 }: Props): JSX.Element {
  const x = obj?.a ?? 2;
  return <div className="hi" data-n={count}>Hello {name}!<br /></div>;
}
export class Store<T> { private items: T[] = []; add(item: T): this { this.items.push(item); return this; } }`;
console.log(transform(src, { transforms: ['typescript', 'jsx', 'imports'], production: true }).code);
console.log(transform('const a: number = 1; export { a };', { transforms: ['typescript'] }).code);
try { transform('let = ;', { transforms: ['typescript'] }); } catch (e) { console.log(e.name, e.message); }
