// JSON.parse's SyntaxError points into the JSON text, as node shows it.
const text = '{\n  "name": "kiln",\n  "version": 1.0.,\n}';
console.log(JSON.parse('{"ok": true}').ok);
JSON.parse(text);
