// A program that re-runs itself the way node programs do: the entry file first.
const { spawnSync } = require('child_process');
if (process.argv[2] === 'child') {
  console.log('child', process.argv.length, process.argv.slice(2));
} else {
  const result = spawnSync(process.execPath, [__filename, 'child', '--flag'], { encoding: 'utf8' });
  process.stdout.write(result.stdout);
  console.log('status', result.status);
  const again = spawnSync(process.execPath, [process.argv[1], 'child'], { encoding: 'utf8' });
  process.stdout.write(again.stdout);
}
