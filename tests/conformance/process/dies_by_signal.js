// With no listener, a signal's default action ends the process (status 128 + 15 for SIGTERM).
console.log('before');
setTimeout(() => console.log('never printed'), 1000);
process.kill(process.pid, 'SIGTERM');
