// readline.createInterface over in-memory streams: 'line' for \n, \r\n and \r endings (also
// split across chunks), the unterminated last line and 'close' at the end of input,
// question() and its prompt, prompt()/setPrompt()/getPrompt(), write(), pause/resume events,
// use after close, for await over lines, readline/promises and the cursor helpers.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

const log = (...args) => console.log(...args);

function sink() {
  const w = new Writable({
    write(chunk, encoding, callback) {
      w.text += chunk.toString();
      callback();
    },
  });
  w.text = '';
  return w;
}

function step1(next) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, terminal: false });
  const lines = [];
  rl.on('line', (line) => lines.push(line));
  rl.on('close', () => {
    log('lines', JSON.stringify(lines), 'closed', rl.closed);
    next();
  });
  input.write('first\nsec');
  input.write('ond\r\nthird\rfourth\r');
  input.write('\nfifth\n\nlast without newline');
  input.end();
}

function step2(next) {
  const input = new PassThrough();
  const output = sink();
  const rl = readline.createInterface({ input, output, terminal: false, prompt: '$ ' });
  log('prompt', JSON.stringify(rl.getPrompt()), 'terminal', rl.terminal);
  rl.question('name? ', (answer) => {
    log('answer', JSON.stringify(answer), 'prompt restored', JSON.stringify(rl.getPrompt()));
    rl.setPrompt('>> ');
    rl.prompt();
    rl.on('line', (line) => {
      log('line after question', JSON.stringify(line));
      rl.close();
    });
    input.write('next line\n');
  });
  rl.on('pause', () => log('event pause'));
  rl.on('close', () => {
    log('output', JSON.stringify(output.text));
    try {
      rl.question('again?', () => {});
    } catch (e) {
      log('question after close:', e.name, e.code, e.message);
    }
    next();
  });
  input.write('kiln\n');
}

function step3(next) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  rl.on('line', (line) => log('written line', JSON.stringify(line)));
  rl.write('typed\n');
  rl.write('two\nthree');
  rl.on('close', () => next());
  input.end('!\n');
}

async function step4(next) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  setTimeout(() => input.end('a\nb\r\nc'), 1);
  const seen = [];
  for await (const line of rl) seen.push(line);
  log('for await', seen);

  const input2 = new PassThrough();
  const rl2 = readline.createInterface({ input: input2 });
  setTimeout(() => input2.write('x\ny\nz\n'), 1);
  for await (const line of rl2) {
    log('got', line);
    if (line === 'y') break;
  }
  log('after break closed', rl2.closed);
  next();
}

async function step5(next) {
  const promises = require('readline/promises');
  const input = new PassThrough();
  const output = sink();
  const rl = promises.createInterface({ input, output });
  const answer = rl.question('age? ');
  input.write('42\n');
  log('promises answer', await answer, JSON.stringify(output.text));
  rl.close();
  try {
    await rl.question('late?');
  } catch (e) {
    log('rejected', e.code);
  }
  next();
}

function step6(next) {
  const out = sink();
  readline.cursorTo(out, 3);
  readline.cursorTo(out, 1, 2);
  readline.moveCursor(out, -2, 3);
  readline.moveCursor(out, 0, 0);
  readline.clearLine(out, -1);
  readline.clearLine(out, 0);
  readline.clearLine(out, 1);
  readline.clearScreenDown(out, () => {
    log('escapes', JSON.stringify(out.text));
    try {
      readline.cursorTo(out, undefined, 2);
    } catch (e) {
      log('cursorTo', e.code, e.message);
    }
    next();
  });
}

const steps = [step1, step2, step3, step4, step5, step6];
function run(i) {
  if (i === steps.length) {
    log('done');
    return;
  }
  log(`--- step ${i + 1}`);
  steps[i](() => run(i + 1));
}
run(0);
