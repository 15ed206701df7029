import { globSync, glob, hasMagic, escape } from 'glob';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'globtest-'));
for (const f of ['a.js', 'b.ts', 'src/c.js', 'src/deep/d.js', 'src/deep/e.md', '.hidden/x.js', 'node_modules/m/i.js', 'docs/readme.MD']) {
  fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
  fs.writeFileSync(path.join(root, f), f);
}
const sorted = (a) => a.map((p) => p.split(path.sep).join('/')).sort();
console.log(sorted(globSync('**/*.js', { cwd: root })));
console.log(sorted(globSync('**/*.js', { cwd: root, ignore: 'node_modules/**', dot: true })));
console.log(sorted(globSync('src/**/*.{js,md}', { cwd: root })), sorted(globSync('**/*.md', { cwd: root, nocase: true })));
console.log(sorted(globSync('*', { cwd: root, mark: true })), sorted(globSync('src/*', { cwd: root, nodir: true })));
console.log(hasMagic('a/*.js'), hasMagic('a/b.js'), escape('a[b]*.js'));
console.log(sorted(await glob(['*.ts', 'src/deep/*'], { cwd: root })), (await glob('**/d.js', { cwd: root, withFileTypes: true }))[0].name);
fs.rmSync(root, { recursive: true });
