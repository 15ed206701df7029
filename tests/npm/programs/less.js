const less = require('less');
less.render(`@base: #f04615; @width: 0.5;
.mixin(@color; @padding: 2px) { color: @color; padding: @padding; }
.box { width: percentage(@width); color: saturate(@base, 5%); background-color: spin(lighten(@base, 25%), 8);
  .mixin(#008000); &:hover { color: darken(@base, 10%); } .inner { margin: (10px * 2) auto; } }
@media (min-width: 768px) { .box { width: ~"calc(100% - 10px)"; } }
@list: a, b, c; each(@list, { .sel-@{value} { order: @index; } });`).then((out) => console.log(out.css), (e) => console.log('error', e.message));
less.render('.a { color: @undefined; }').catch((e) => console.log(e.type, e.message, e.line));
less.render('.x { width: 1px + 2; }', { compress: true }).then((o) => console.log(o.css));
