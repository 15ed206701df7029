const Twig = require('twig');
const tpl = Twig.twig({ data: `{% set total = 0 %}<h1>{{ title|upper }}</h1>
{% for item in items if item.price > 1 %}
  {{ loop.index }}. {{ item.name|capitalize }}: {{ item.price|number_format(2, '.', ',') }}{% if loop.last %} (last){% endif %}
{% else %}none{% endfor %}
{% macro tag(name) %}<{{ name }}>{% endmacro %}
{{ items|length }} items; {{ items|map(i => i.name)|join(', ') }}; {{ "now"|length }}; {{ [3, 1, 2]|sort|join }}; {{ {a: 1, b: 2}|keys|join('|') }}
{{ user.name|default('anon') }} {{ 5 is odd ? 'odd' : 'even' }} {{ 'a' ~ 'b' }} {{ 7 // 2 }} {{ 2 ** 10 }} {{ "<b>"|e }} {{ 'hello world'|title }}` });
console.log(tpl.render({ title: 'shop', items: [{ name: 'apple', price: 1 }, { name: 'pear', price: 2.5 }, { name: 'fig', price: 1234.5 }] }));
Twig.extendFilter('shout', (v) => v + '!');
console.log(Twig.twig({ data: '{{ "hi"|shout }} {% if x in [1,2] %}in{% endif %} {{ range(1, 5, 2)|join(",") }}' }).render({ x: 2 }));
