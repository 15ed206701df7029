const { XMLParser, XMLBuilder } = require('fast-xml-parser');
const obj = new XMLParser({ ignoreAttributes: false }).parse('<root a="1"><item>x</item><item>y</item><n>5</n></root>');
console.log(JSON.stringify(obj), new XMLBuilder({ format: true }).build({ a: { b: [1, 2] } }));
const xml2js = require('xml2js');
xml2js.parseString('<r><x k="v">t</x></r>', (err, res) => console.log(err, JSON.stringify(res)));
