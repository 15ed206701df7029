import boxen from 'boxen';
console.log(boxen('unicorn', { padding: 1 }));
console.log(boxen('I am a box\nwith two lines', { margin: { left: 2 }, borderStyle: 'double', title: 'magical', titleAlignment: 'center' }));
console.log(boxen('日本語と emoji 🦄', { borderStyle: 'round', textAlignment: 'right', width: 30 }));
console.log(boxen('wrap me please because this text is long', { width: 16, borderStyle: 'classic', padding: { left: 1, right: 1 } }));
