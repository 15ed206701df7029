// A line-counting CLI over stdin (readline on process.stdin, run as a child of this program
// since cases get no stdin), and an interactive question/answer over a child's stdin/stdout.
const { spawn } = require('child_process');
const readline = require('readline');

const mode = process.argv.find((arg) => arg.startsWith('--child='));

if (mode === '--child=count') {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lines = 0;
  let words = 0;
  let longest = '';
  rl.on('line', (line) => {
    lines++;
    words += line.split(/\s+/).filter(Boolean).length;
    if (line.length > longest.length) longest = line;
  });
  rl.on('close', () => {
    console.log(`lines=${lines} words=${words} longest=${JSON.stringify(longest)}`);
  });
} else if (mode === '--child=ask') {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  rl.question('What is your name? ', (name) => {
    rl.question('Favourite number? ', (number) => {
      console.log(`Hello ${name}, twice ${number} is ${Number(number) * 2}`);
      rl.close();
    });
  });
} else if (mode === '--child=iterate') {
  (async () => {
    const rl = readline.createInterface({ input: process.stdin });
    let total = 0;
    for await (const line of rl) {
      total += Number(line) || 0;
    }
    console.log('sum', total);
  })();
} else {
  parent();
}

function run(childMode, onStart, done) {
  const child = spawn(process.execPath, [__filename, `--child=${childMode}`]);
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    out += d;
    if (child.onOutput) child.onOutput(out);
  });
  child.stderr.pipe(process.stderr);
  child.on('close', (code) => done(out, code));
  onStart(child);
}

function parent() {
  const inputs = [
    'one two three\nfour five\n',
    'windows\r\nline endings\r\nlast',
    '',
    '\n\n\n',
    Array.from({ length: 5000 }, (_, i) => `row ${i} ${'w '.repeat(i % 7)}`).join('\n'),
  ];
  let index = 0;
  function nextCount() {
    if (index === inputs.length) {
      interactive();
      return;
    }
    const input = inputs[index++];
    run('count', (child) => child.stdin.end(input), (out, code) => {
      process.stdout.write(`input ${index}: ${out}`);
      nextCount();
    });
  }
  nextCount();

  function interactive() {
    run('ask', (child) => {
      let answered = 0;
      child.onOutput = (out) => {
        if (answered === 0 && out.endsWith('What is your name? ')) {
          answered++;
          child.stdin.write('Ada\n');
        } else if (answered === 1 && out.endsWith('Favourite number? ')) {
          answered++;
          child.stdin.end('21\n');
        }
      };
    }, (out, code) => {
      console.log(JSON.stringify(out), code);
      run('iterate', (child) => {
        for (let i = 1; i <= 3000; i++) child.stdin.write(`${i}\n`);
        child.stdin.end();
      }, (out2, code2) => {
        console.log(out2.trim(), code2);
      });
    });
  }
}
