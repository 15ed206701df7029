#!/usr/bin/env node
// Runs test262 (https://github.com/tc39/test262) against kiln: each test is put together as
// test262's INTERPRETING.md says (host prelude, harness includes, "use strict" for the strict
// run), compiled with `kiln build --script`, run with a timeout and judged. See the test262
// section of tests/conformance/README.md for how to use it; test262.json beside this file pins
// the test262 commit and lists what is skipped and why.
//
//   node tests/conformance/test262/run.mjs CHECKOUT [options]
//
// Options:
//   --filter PREFIX     only tests under test/PREFIX (e.g. language/expressions/class); repeatable
//   --sample N          every Nth test of each filter (a deterministic sample)
//   --offset K          with --sample: start at the Kth test (0 <= K < N), for a held-out sample
//   --preset NAME       the filters and samples of a preset in test262.json (e.g. snapshot)
//   --jobs N            tests run at once (default 2)
//   --engine kiln|node  node runs the same sources through ../script-host.cjs, to check the runner
//   --kiln PATH         the kiln binary (default target/release/kiln of this repository)
//   --timeout S         seconds a compiled test may run (default 10)
//   --build-timeout S   seconds `kiln build` may take (default 60)
//   --write             write snapshot.txt and failures.txt beside this file
//   --out DIR           write them to DIR instead (implies --write)
//   --any-commit        accept a checkout at another commit than test262.json pins
//   --verbose           print every failure as it happens
//   --list              print the tests that would run, and stop
//
// The test262 files are read from the checkout and never copied into this repository.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..', '..');
const config = JSON.parse(fs.readFileSync(path.join(here, 'test262.json'), 'utf8'));

// ------------------------------------------------------------------------------------ options

function parseArguments(argv) {
  const options = {
    checkout: null,
    selections: [],
    sample: 1,
    offset: 0,
    preset: null,
    jobs: 2,
    engine: 'kiln',
    kiln: path.join(repoRoot, 'target', 'release', 'kiln'),
    timeout: 10,
    buildTimeout: 60,
    write: false,
    out: here,
    anyCommit: false,
    verbose: false,
    list: false,
  };
  const filters = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    switch (arg) {
      case '--filter': filters.push(value().replace(/^test\//, '').replace(/\/$/, '')); break;
      case '--sample': options.sample = positiveInteger(arg, value()); break;
      case '--offset': options.offset = Number(value()); break;
      case '--preset': options.preset = value(); break;
      case '--jobs': options.jobs = positiveInteger(arg, value()); break;
      case '--engine': options.engine = value(); break;
      case '--kiln': options.kiln = path.resolve(value()); break;
      case '--timeout': options.timeout = Number(value()); break;
      case '--build-timeout': options.buildTimeout = Number(value()); break;
      case '--write': options.write = true; break;
      case '--out': options.out = path.resolve(value()); options.write = true; break;
      case '--any-commit': options.anyCommit = true; break;
      case '--verbose': options.verbose = true; break;
      case '--list': options.list = true; break;
      case '--help': case '-h': usage(null); break;
      default:
        if (arg.startsWith('-') || options.checkout) usage(`unexpected argument ${arg}`);
        options.checkout = path.resolve(arg);
    }
  }
  if (!options.checkout) options.checkout = process.env.TEST262_DIR ? path.resolve(process.env.TEST262_DIR) : null;
  if (!options.checkout) usage('give the test262 checkout (or set TEST262_DIR)');
  if (!['kiln', 'node'].includes(options.engine)) usage('--engine is kiln or node');
  if (!(options.offset >= 0 && options.offset < options.sample)) usage('--offset must be in 0..sample-1');
  if (options.preset) {
    const preset = config.presets[options.preset];
    if (!preset) usage(`no preset ${options.preset} in test262.json`);
    if (filters.length) usage('--preset and --filter do not mix');
    options.selections = preset.selections.map((s) => ({ filter: s.filter, sample: s.sample, offset: s.offset ?? 0 }));
  } else {
    const chosen = filters.length ? filters : ['language', 'built-ins'];
    options.selections = chosen.map((filter) => ({ filter, sample: options.sample, offset: options.offset }));
  }
  return options;
}

function positiveInteger(name, text) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) usage(`${name} needs a positive integer`);
  return n;
}

function usage(problem) {
  const text = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8');
  const help = text.split('\n').slice(1, 28).map((l) => l.replace(/^\/\/ ?/, '')).join('\n');
  if (problem) {
    process.stderr.write(`run.mjs: ${problem}\n\n${help}\n`);
    process.exit(2);
  }
  process.stdout.write(help + '\n');
  process.exit(0);
}

// ------------------------------------------------------------------------- test262 metadata

/** The YAML frontmatter of a test (`/*--- ... ---*\/`): the subset test262 uses. */
function parseFrontmatter(text) {
  const start = text.indexOf('/*---');
  const end = text.indexOf('---*/', start);
  const meta = { includes: [], flags: [], features: [], negative: null };
  if (start < 0 || end < 0) return meta;
  const lines = text.slice(start + 5, end).split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const match = /^([A-Za-z_]+):\s*(.*?)\s*$/.exec(lines[i]);
    if (!match) continue;
    const [, key, rest] = match;
    // The indented lines that belong to this key.
    const block = [];
    while (i + 1 < lines.length && (lines[i + 1].trim() === '' || /^\s/.test(lines[i + 1]))) {
      block.push(lines[++i]);
    }
    let value;
    if (rest.startsWith('[')) {
      value = rest.replace(/^\[|\]$/g, '').split(',').map((s) => s.trim()).filter(Boolean);
    } else if (rest === '' && block.some((l) => /^\s*-\s/.test(l))) {
      value = block.filter((l) => /^\s*-\s/.test(l)).map((l) => l.replace(/^\s*-\s*/, '').trim());
    } else if (rest === '' && block.some((l) => /^\s+[A-Za-z_]+:/.test(l))) {
      value = {};
      for (const l of block) {
        const m = /^\s+([A-Za-z_]+):\s*(.*?)\s*$/.exec(l);
        if (m) value[m[1]] = m[2];
      }
    } else {
      value = rest;
    }
    if (key === 'includes' || key === 'flags' || key === 'features') meta[key] = Array.isArray(value) ? value : [];
    if (key === 'negative' && value && typeof value === 'object') meta.negative = value;
  }
  return meta;
}

/** The tests (paths relative to test/) under `filter`, sorted. `_FIXTURE` files are modules
 *  that other tests import, not tests. */
function listTests(testRoot, filter) {
  const found = [];
  const start = path.join(testRoot, filter);
  if (!fs.existsSync(start)) {
    process.stderr.write(`run.mjs: no test/${filter} in the checkout\n`);
    process.exit(2);
  }
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.js') && !entry.name.includes('_FIXTURE')) found.push(path.relative(testRoot, full).split(path.sep).join('/'));
    }
  };
  if (fs.statSync(start).isDirectory()) walk(start);
  else found.push(filter);
  return found.sort();
}

/** Why the test is skipped (the first matching rule of test262.json), or null. */
function skipReason(id, source, meta) {
  const skip = config.skip;
  for (const [prefix, reason] of Object.entries(skip.paths)) if (id.startsWith(prefix)) return reason;
  for (const flag of meta.flags) if (skip.flags[flag]) return skip.flags[flag];
  for (const feature of meta.features) if (skip.features[feature]) return skip.features[feature];
  for (const include of meta.includes) if (skip.includes[include]) return skip.includes[include];
  for (const [pattern, reason] of Object.entries(skip.source)) if (new RegExp(pattern, 'm').test(source)) return reason;
  return null;
}

// ------------------------------------------------------------------------------ test sources

/** print and $262, defined as INTERPRETING.md asks: writable, configurable, non-enumerable
 *  properties of the global object. Hooks this host cannot offer (createRealm, evalScript,
 *  agent, gc) are absent; tests needing them are skipped by test262.json. */
const HOST_PRELUDE = `Object.defineProperty(this, 'print', {
  value: function print(message) { console.log(String(message)); },
  writable: true, enumerable: false, configurable: true
});
Object.defineProperty(this, '$262', {
  value: {
    global: this,
    detachArrayBuffer: function detachArrayBuffer(buffer) {
      structuredClone(buffer, { transfer: [buffer] });
    }
  },
  writable: true, enumerable: false, configurable: true
});
`;

/** Harness files replaced by an equivalent definition, which test262 allows a host to do
 *  (INTERPRETING.md, "Host-Defined Functions"). */
const HARNESS_OVERRIDES = {
  // The original finds the global object with Function("return this;")(), run-time code
  // generation kiln cannot do; `this` at the top level of a script is the same object.
  'fnGlobalObject.js': 'var __globalObject = this;\nfunction fnGlobalObject() {\n  return __globalObject;\n}\n',
};

const harnessCache = new Map();
function harnessFile(checkout, name) {
  if (!harnessCache.has(name)) {
    const text = HARNESS_OVERRIDES[name] ?? fs.readFileSync(path.join(checkout, 'harness', name), 'utf8');
    harnessCache.set(name, text);
  }
  return harnessCache.get(name);
}

/** The runs a test needs: its text for each mode. */
function buildRuns(checkout, source, meta) {
  if (meta.flags.includes('raw')) return [{ mode: 'raw', text: source }];
  const includes = ['assert.js', 'sta.js'];
  if (meta.flags.includes('async')) includes.push('doneprintHandle.js');
  for (const name of meta.includes) if (!includes.includes(name)) includes.push(name);
  const body = HOST_PRELUDE + includes.map((name) => harnessFile(checkout, name)).join('\n') + '\n' + source;
  const modes = meta.flags.includes('onlyStrict') ? ['strict'] : meta.flags.includes('noStrict') ? ['sloppy'] : ['sloppy', 'strict'];
  return modes.map((mode) => ({ mode, text: mode === 'strict' ? '"use strict";\n' + body : body }));
}

// ---------------------------------------------------------------------------------- running

function run(command, args, { cwd, timeoutSeconds }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = [];
    const stderr = [];
    let size = 0;
    const keep = (list) => (chunk) => {
      // A runaway test may print without end; keep the first megabyte.
      if (size < 1 << 20) list.push(chunk);
      size += chunk.length;
    };
    child.stdout.on('data', keep(stdout));
    child.stderr.on('data', keep(stderr));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutSeconds * 1000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, stdout: '', stderr: String(error), timedOut: false, spawnError: true });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut,
      });
    });
  });
}

/** The uncaught exception an executable (or node) reported on stderr: its name and message. */
function uncaughtError(stderr) {
  let lines = stderr.split('\n');
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  // node (and kiln, when it knows the position) starts with "file:line", the source line and a
  // caret line (left out when the caret would fall past the end of the line).
  if (lines.length > 1 && /:\d+$/.test(lines[0])) {
    const caret = lines.findIndex((l, i) => i > 0 && /^\s*\^+\s*$/.test(l));
    lines = lines.slice(caret >= 0 ? caret + 1 : 2);
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trimEnd();
    if (line === '' || /^\s+at /.test(line)) continue;
    let m = /^(?:Uncaught )?([A-Za-z_$][\w$]*) \{(.*)$/.exec(line);
    if (m) {
      // An object that is not an Error, shown by util.inspect, on one line or on several:
      // `Test262Error { message: '...' }`.
      const shown = [m[2], ...lines.slice(i + 1)].join('\n');
      const found = /message: (['"`])((?:\\.|(?!\1).)*)\1/s.exec(shown);
      const message = found ? found[2].replace(/\\(.)/g, '$1') : '';
      return { name: m[1], message, line: `${m[1]}: ${message}` };
    }
    m = /^(?:Uncaught )?([A-Za-z_$][\w$]*)(?:: (.*))?$/.exec(line);
    if (m) return { name: m[1], message: m[2] ?? '', line };
    return { name: null, message: line, line: `thrown: ${line}` };
  }
  return { name: null, message: '', line: '(nothing on stderr)' };
}

/** The first diagnostic `kiln build` printed: `SyntaxError: ...`, `error: kiln does not
 *  support ...`, an internal error or a panic. */
function buildDiagnostic(stderr) {
  const lines = stderr.split('\n');
  const heading = lines.find((l) => /^[A-Za-z]*Error: /.test(l) || l.startsWith('error: '));
  if (heading) return heading.trim();
  const panic = lines.findIndex((l) => l.includes("panicked at"));
  if (panic >= 0) return `panic: ${(lines[panic + 1] ?? lines[panic]).trim()}`;
  const kiln = lines.find((l) => l.startsWith('kiln: '));
  if (kiln) return kiln.trim();
  return lines.find((l) => l.trim() !== '')?.trim() ?? '(nothing on stderr)';
}

let sequence = 0;

/** Runs one mode of one test; returns null on success or the failure's one-line reason. */
async function runOne(options, workDir, meta, runSpec) {
  const n = sequence++;
  const sourcePath = path.join(workDir, `t${n}.js`);
  const executable = path.join(workDir, `t${n}`);
  fs.writeFileSync(sourcePath, runSpec.text);
  const negative = meta.negative;
  const earlyPhase = negative && (negative.phase === 'parse' || negative.phase === 'resolution');
  try {
    let result;
    if (options.engine === 'kiln') {
      const build = await run(options.kiln, ['build', '--script', sourcePath, '-o', executable], {
        cwd: workDir,
        timeoutSeconds: options.buildTimeout,
      });
      if (build.spawnError) return `cannot run kiln: ${build.stderr}`;
      if (build.timedOut) return 'compile: timed out';
      if (build.code !== 0) {
        const diagnostic = buildDiagnostic(build.stderr);
        if (earlyPhase && diagnostic.startsWith(`${negative.type}: `)) return null;
        return `compile: ${diagnostic}`;
      }
      if (earlyPhase) return `compiled, but expected a ${negative.type} at compile time`;
      result = await run(executable, [], { cwd: workDir, timeoutSeconds: options.timeout });
    } else {
      result = await run(process.execPath, [path.join(here, '..', 'script-host.cjs'), sourcePath], {
        cwd: workDir,
        timeoutSeconds: options.timeout,
      });
      if (earlyPhase) {
        const error = uncaughtError(result.stderr);
        if (result.code !== 0 && error.name === negative.type && result.stdout === '') return null;
        return `expected an early ${negative.type}, got ${result.code === 0 ? 'a normal exit' : error.line}`;
      }
    }
    if (result.timedOut) return `run: timed out after ${options.timeout}s`;
    if (result.signal) return `run: killed by ${result.signal}`;
    const error = result.code === 0 ? null : uncaughtError(result.stderr);
    if (negative) {
      if (result.code === 0) return `expected an uncaught ${negative.type}, but the test completed`;
      if (error.name === negative.type) return null;
      return `expected an uncaught ${negative.type}, got ${error.line}`;
    }
    if (result.code !== 0) return error.line;
    if (meta.flags.includes('async')) {
      const failure = result.stdout.split('\n').find((l) => l.startsWith('Test262:AsyncTestFailure:'));
      if (failure) return failure.replace('Test262:AsyncTestFailure:', '');
      if (!result.stdout.split('\n').includes('Test262:AsyncTestComplete')) return 'async test did not complete (no Test262:AsyncTestComplete)';
    }
    return null;
  } finally {
    fs.rmSync(sourcePath, { force: true });
    fs.rmSync(executable, { force: true });
  }
}

// --------------------------------------------------------------------------------- reporting

/** The directory a test is counted under: three levels below test/ for language/
 *  (language/expressions/class), two for the rest (built-ins/Array). */
function groupOf(id) {
  const parts = id.split('/').slice(0, -1);
  return parts.slice(0, parts[0] === 'language' ? 3 : 2).join('/');
}

/** A failure reason with the details that vary between tests taken out, to count causes. */
function causeOf(reason) {
  let cause = reason
    .replace(/«[^»]*»/g, '«…»')
    .replace(/\t/g, ' ');
  // Assertion messages start with the test's own description; keep what the assertion says.
  const expected = /^(Test262Error: ).*?((Expected|Actual) .*)$/.exec(cause);
  if (expected) cause = expected[1] + expected[2];
  if (cause.length > 160) cause = cause.slice(0, 157) + '...';
  return cause;
}

function pad(text, width) {
  text = String(text);
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function padLeft(text, width) {
  text = String(text);
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

function percent(pass, total) {
  return total === 0 ? '-' : `${((100 * pass) / total).toFixed(1)}%`;
}

function summarize(options, results, commit) {
  const groups = new Map();
  const totals = { pass: 0, fail: 0, skip: 0, oracle: 0 };
  const skipReasons = new Map();
  const causes = new Map();
  for (const r of results) {
    const group = groupOf(r.id);
    if (!groups.has(group)) groups.set(group, { pass: 0, fail: 0, skip: 0, oracle: 0 });
    groups.get(group)[r.status]++;
    totals[r.status]++;
    if (r.status === 'skip') skipReasons.set(r.reason, (skipReasons.get(r.reason) ?? 0) + 1);
    if (r.status === 'fail') {
      const cause = causeOf(r.reason);
      if (!causes.has(cause)) causes.set(cause, { count: 0, examples: [] });
      const entry = causes.get(cause);
      entry.count++;
      if (entry.examples.length < 2) entry.examples.push(r.id);
    }
  }
  const selection = options.selections
    .map((s) => (s.sample > 1 ? `${s.filter} (every ${s.sample}th${s.offset ? `, offset ${s.offset}` : ''})` : s.filter))
    .join(', ');
  const out = [];
  out.push(`# test262 results for kiln (written by tests/conformance/test262/run.mjs --write)`);
  out.push(`# test262 commit: ${commit}`);
  out.push(`# selection: ${selection}${options.preset ? ` (preset ${options.preset})` : ''}`);
  out.push(`# engine: ${options.engine}; a test passes when every mode it runs in (sloppy, strict) passes`);
  out.push('');
  const width = Math.max(40, ...[...groups.keys()].map((g) => g.length + 2));
  const row = (name, g) =>
    `${pad(name, width)}${padLeft(g.pass, 7)}${padLeft(g.fail, 7)}${padLeft(g.oracle, 7)}${padLeft(g.skip, 7)}${padLeft(percent(g.pass, g.pass + g.fail), 8)}`;
  out.push(`${pad('directory', width)}${padLeft('pass', 7)}${padLeft('fail', 7)}${padLeft('node✗', 7)}${padLeft('skip', 7)}${padLeft('rate', 8)}`);
  for (const group of [...groups.keys()].sort()) out.push(row(group, groups.get(group)));
  out.push(row('total', totals));
  out.push('');
  out.push('# rate = pass / (pass + fail). node✗: kiln fails it and so does node 20, the oracle kiln');
  out.push('# follows (listed in failures.txt, not counted in the rate); skipped tests are not counted.');
  out.push('');
  out.push('## Failures by cause (first error line, details elided), most first');
  out.push('');
  const sortedCauses = [...causes.entries()].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
  for (const [cause, entry] of sortedCauses.slice(0, 60)) {
    out.push(`${padLeft(entry.count, 5)}  ${cause}`);
    out.push(`       e.g. ${entry.examples.join(', ')}`);
  }
  if (sortedCauses.length > 60) out.push(`  ... ${sortedCauses.length - 60} more causes (failures.txt lists every failure)`);
  out.push('');
  out.push('## Skipped, by reason');
  out.push('');
  for (const [reason, count] of [...skipReasons.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    out.push(`${padLeft(count, 5)}  ${reason}`);
  }
  return out.join('\n') + '\n';
}

function failureList(results) {
  const line = (r) => `${r.id} [${r.mode}]: ${r.reason.replace(/\n/g, ' ')}`;
  const failing = results.filter((r) => r.status === 'fail').map(line).sort();
  const oracle = results
    .filter((r) => r.status === 'oracle')
    .map((r) => `${line(r)} | node: ${r.nodeReason.replace(/\n/g, ' ')}`)
    .sort();
  return (
    '# Every failing test of the run, with the mode that failed first and why.\n' +
    failing.join('\n') +
    '\n\n# Tests node 20 fails as well (kiln follows node): kiln\'s reason | node\'s.\n' +
    oracle.join('\n') +
    '\n'
  );
}

// ------------------------------------------------------------------------------------- main

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const testRoot = path.join(options.checkout, 'test');
  if (!fs.existsSync(testRoot) || !fs.existsSync(path.join(options.checkout, 'harness'))) {
    process.stderr.write(`run.mjs: ${options.checkout} is not a test262 checkout (no test/ and harness/)\n`);
    process.exit(2);
  }
  const commit = await checkoutCommit(options.checkout);
  if (commit !== config.commit && !options.anyCommit) {
    process.stderr.write(
      `run.mjs: the checkout is at ${commit}, test262.json pins ${config.commit}\n` +
        `  (check out the pinned commit, or pass --any-commit and update test262.json with the snapshot)\n`,
    );
    process.exit(2);
  }
  if (options.engine === 'kiln' && !fs.existsSync(options.kiln)) {
    process.stderr.write(`run.mjs: no kiln binary at ${options.kiln} (cargo build --release -p kiln)\n`);
    process.exit(2);
  }

  const ids = [];
  for (const selection of options.selections) {
    const all = listTests(testRoot, selection.filter);
    all.forEach((id, index) => {
      if (index % selection.sample === selection.offset && !ids.includes(id)) ids.push(id);
    });
  }
  if (options.list) {
    process.stdout.write(ids.join('\n') + '\n');
    return;
  }

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-test262-'));
  if (options.engine === 'kiln') {
    // Other builds may replace target/release while the run goes on; compile every test with
    // one copy of kiln and the runtime library it links (kept beside it, where kiln looks).
    const library = process.env.KILN_RUNTIME_LIB ?? path.join(path.dirname(options.kiln), 'libkiln_runtime.a');
    const binDir = path.join(workDir, 'bin');
    fs.mkdirSync(binDir);
    fs.copyFileSync(options.kiln, path.join(binDir, 'kiln'));
    fs.chmodSync(path.join(binDir, 'kiln'), 0o755);
    fs.copyFileSync(library, path.join(binDir, 'libkiln_runtime.a'));
    delete process.env.KILN_RUNTIME_LIB;
    options.kiln = path.join(binDir, 'kiln');
  }
  const results = [];
  let next = 0;
  let done = 0;
  const started = Date.now();
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++];
      const source = fs.readFileSync(path.join(testRoot, id), 'utf8');
      const meta = parseFrontmatter(source);
      const skip = skipReason(id, source, meta);
      let result;
      if (skip) {
        result = { id, status: 'skip', reason: skip };
      } else {
        result = { id, status: 'pass' };
        for (const runSpec of buildRuns(options.checkout, source, meta)) {
          const reason = await runOne(options, workDir, meta, runSpec);
          if (reason !== null) {
            result = { id, status: 'fail', mode: runSpec.mode, reason };
            // A test node itself fails is no kiln bug: kiln follows node, not the spec.
            if (options.engine === 'kiln') {
              const nodeReason = await runOne({ ...options, engine: 'node' }, workDir, meta, runSpec);
              if (nodeReason !== null) result = { ...result, status: 'oracle', nodeReason };
            }
            break;
          }
        }
      }
      results.push(result);
      done++;
      if (options.verbose && result.status !== 'pass' && result.status !== 'skip') process.stderr.write(`FAIL ${id} [${result.mode}]: ${result.reason}\n`);
      if (done % 100 === 0 || done === ids.length) {
        const counts = countStatuses(results);
        const seconds = ((Date.now() - started) / 1000).toFixed(0);
        process.stderr.write(`[${done}/${ids.length}] pass ${counts.pass} fail ${counts.fail} node-fails ${counts.oracle} skip ${counts.skip} (${seconds}s)\n`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.jobs }, worker));
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  results.sort((a, b) => (a.id < b.id ? -1 : 1));
  const summary = summarize(options, results, commit);
  process.stdout.write(summary);
  if (options.write) {
    fs.mkdirSync(options.out, { recursive: true });
    fs.writeFileSync(path.join(options.out, 'snapshot.txt'), summary);
    fs.writeFileSync(path.join(options.out, 'failures.txt'), failureList(results));
    process.stderr.write(`wrote ${path.join(options.out, 'snapshot.txt')} and failures.txt\n`);
  }
}

function countStatuses(results) {
  const counts = { pass: 0, fail: 0, skip: 0, oracle: 0 };
  for (const r of results) counts[r.status]++;
  return counts;
}

async function checkoutCommit(checkout) {
  const result = await run('git', ['-C', checkout, 'rev-parse', 'HEAD'], { cwd: checkout, timeoutSeconds: 30 });
  return result.code === 0 ? result.stdout.trim() : 'unknown (not a git checkout)';
}

main().catch((error) => {
  process.stderr.write(`run.mjs: ${error.stack ?? error}\n`);
  process.exit(1);
});
