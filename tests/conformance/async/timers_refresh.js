// refresh() restarts a timer from now, and re-arms one that already fired.
const start = [];
let fired = 0;
const t = setTimeout(() => {
  fired++;
  console.log('fired', fired);
  if (fired === 1) {
    setTimeout(() => { console.log('refresh after firing'); t.refresh(); }, 5);
  }
}, 20);
setTimeout(() => { console.log('refresh before firing'); t.refresh(); }, 10);
setTimeout(() => console.log('25: original time has passed'), 25);
console.log(t.refresh() === t);
