const CoffeeScript = require('coffeescript');
const src = `
square = (x) -> x * x
cube   = (x) -> square(x) * x
list = [1, 2, 3, 4, 5]
math =
  root:   Math.sqrt
  square: square
  cube:   (x) -> x * square x
race = (winner, runners...) -> print winner, runners
alert "I knew it!" if elvis?
cubes = (math.cube num for num in list when num % 2)
class Animal
  constructor: (@name) ->
  move: (meters) -> "#{@name} moved #{meters}m."
`;
console.log(CoffeeScript.compile(src, { bare: true }));
const { js, v3SourceMap } = CoffeeScript.compile('x = 1 + 2', { sourceMap: true, filename: 'a.coffee' });
console.log(js, JSON.parse(v3SourceMap).mappings);
try { CoffeeScript.compile('x = ('); } catch (e) { console.log(e.name, e.message, e.location.first_line); }
console.log(CoffeeScript.nodes('a = b').body.expressions.length, CoffeeScript.tokens('a = 1').map((t) => t[0]).join(' '));
