const sass = require('sass');
const r = sass.compileString(`
$primary: #3366cc;
@use "sass:math";
@mixin theme($theme: DarkGray) { background: $theme; }
.alert { @include theme; border: 1px solid darken($primary, 10%); width: math.div(600px, 960px) * 100%;
  &:hover { color: lighten($primary, 20%); }
  .title { font: { family: sans-serif; size: 12px; } }
  @each $name, $glyph in (a: 1, b: 2) { .icon-#{$name} { order: $glyph; } }
}
%message { border: 1px solid #ccc; } .success { @extend %message; color: green; }
@function double($n) { @return $n * 2; } .d { margin: double(5px); }`, { style: 'expanded' });
console.log(r.css);
console.log(sass.compileString('a { b { c: d } }', { style: 'compressed' }).css);
try { sass.compileString('a { b: $nope; }'); } catch (e) { console.log(e.name, e.sassMessage); }
