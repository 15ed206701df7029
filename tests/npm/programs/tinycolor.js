const tinycolor = require('tinycolor2');
const c = tinycolor('#ff6347');
console.log(c.toHexString(), c.toRgbString(), c.toHslString(), c.toHsvString(), c.getBrightness(), c.isLight(), c.toName());
console.log(tinycolor('red').lighten(20).toHexString(), tinycolor('rgb(10, 20, 30)').darken().toHex8String(), tinycolor('hsl(200, 50%, 50%)').spin(90).toHexString(), tinycolor('#abc').desaturate(30).toString('hsl'));
console.log(tinycolor.readability('#000', '#fff'), tinycolor.isReadable('#777', '#fff'), tinycolor.mostReadable('#123', ['#124', '#fff', '#f00']).toHexString(), tinycolor.mix('red', 'blue', 30).toHexString());
console.log(tinycolor('#f00').triad().map((t) => t.toHexString()), tinycolor('steelblue').complement().toHexString(), tinycolor('notacolor').isValid(), tinycolor({ r: 255, g: 0, b: 0, a: 0.5 }).toRgbString());
