import cac from 'cac';
const cli = cac('tool');
cli.option('--type <type>', 'Choose a project type', { default: 'node' }).option('-q, --quiet', 'Be quiet');
cli.command('build [...files]', 'Build files').option('--out-dir <dir>', 'Output directory').option('--minify', 'Minify output')
  .action((files, options) => { console.log('build', files, options.outDir, options.minify, options.type, options.quiet); });
cli.command('serve <root>', 'Start a server').alias('s').option('-p, --port <port>', 'Port', { default: 3000 })
  .action((root, options) => { console.log('serve', root, options.port); });
cli.help();
cli.version('1.2.3');
cli.parse(['node', 'tool', 'build', 'a.js', 'b.js', '--out-dir', 'dist', '--minify', '-q']);
cli.parse(['node', 'tool', 's', 'public', '-p', '8080']);
const parsed = cli.parse(['node', 'tool', '--type', 'deno', 'extra', '--x.y', '1'], { run: false });
console.log(parsed.args, parsed.options);
cli.outputHelp();
try { cli.parse(['node', 'tool', 'serve']); } catch (e) { console.log(e.name, e.message); }
