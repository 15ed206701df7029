// An unref'ed timer does not keep the process alive, but still fires while something else
// does; ref() and hasRef() toggle that.
const log = (m) => console.log(m);
const lonely = setTimeout(() => log('lonely unref must not run'), 200);
console.log(lonely.hasRef(), lonely.unref() === lonely, lonely.hasRef());
const helped = setTimeout(() => log('unref timer fires while a ref timer waits'), 15).unref();
setTimeout(() => log('ref timer'), 60);
const reffed = setTimeout(() => log('ref again runs'), 30);
reffed.unref();
reffed.ref();
console.log(reffed.hasRef(), helped.hasRef());
const interval = setInterval(() => log('unref interval must not run forever'), 1000).unref();
const imm = setImmediate(() => log('unref immediate runs while the loop is alive'));
console.log(imm.hasRef(), imm.unref() === imm, imm.hasRef(), imm.ref().hasRef(), imm.unref().hasRef());
process.on('exit', (code) => log(`exit ${code}`));
