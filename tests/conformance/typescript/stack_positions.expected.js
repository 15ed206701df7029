// Stack traces point at lines and columns of the TypeScript source (the twin keeps every
// position by blanking the types out, as node's own type stripping would).
function frames(error       )           {
  const lines           = (error.stack ?? '').split('\n').slice(1);
  return lines.map((line        )         => {
    const match = /at (?:(\S+) \()?.*:(\d+):(\d+)\)?$/.exec(line);
    return match ? match[2] + ':' + match[3] : '?';
  }).slice(0, 4).filter((_, index) => !lines[index].includes('(node:'));
}

function thrower(options         , label        )        { throw new Error(label + options.depth); }
const arrow = (n        )         => n > 0 ? arrow(n - 1) : thrower({ depth: n }, 'arrow');
class Service    {
  constructor(                  value   ) { this.value = value; }
  run(                  times        )    { if (times > 0) { arrow(1); } return this.value; }
}
try { new Service          ('s').run(1); } catch (e) { console.log(frames(e         )); }
try { thrower({ depth: 7 }           , 'direct'); } catch (e) { console.log((e         ).message, frames(e         )); }
