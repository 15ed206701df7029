// Runs a file as a classic script in node's main context, the way `kiln build --script`
// compiles it: `node script-host.cjs FILE.js [ARGS...]`. The file's top-level `var` and function
// declarations become properties of the global object, `this` is globalThis, and `require`,
// `module` and `exports` are not defined. process.argv is made to look as if node ran FILE.js.
// record.sh uses it for conformance cases whose first line is `// kiln: --script`, and the
// test262 runner (test262/run.mjs --engine node) to check its own harness.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const file = path.resolve(process.argv[2]);
process.argv.splice(1, 2, file);
vm.runInThisContext(fs.readFileSync(file, 'utf8'), { filename: file });
