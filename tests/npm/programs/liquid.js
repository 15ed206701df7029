const { Liquid } = require('liquidjs');
const engine = new Liquid();
const tpl = `<h1>{{ title | upcase }}</h1>
<ul>
{%- for item in items %}
  <li class="{% cycle 'odd', 'even' %}">{{ forloop.index }}. {{ item.name | capitalize }} — {{ item.price | times: 1.1 | round: 2 }}{% if item.sale %} (sale){% endif %}</li>
{%- endfor %}
</ul>
{% assign total = items | map: 'price' | sum %}Total: {{ total }}
{% capture greeting %}Hello, {{ user | default: 'guest' }}!{% endcapture %}{{ greeting | replace: 'Hello', 'Hi' }}
{% case items.size %}{% when 3 %}three items{% else %}other{% endcase %}
{{ "a,b,c" | split: "," | reverse | join: "-" }} {{ 'now' | size }} {{ 10 | minus: 3 | modulo: 4 }}`;
engine.parseAndRender(tpl, { title: 'shop', items: [{ name: 'apple', price: 1 }, { name: 'pear', price: 2.5, sale: true }, { name: 'fig', price: 3 }] })
  .then((out) => { console.log(out); return engine.parseAndRender('{% for x in (1..4) reversed %}{{x}}{% unless forloop.last %},{% endunless %}{% endfor %} {{ u.name | escape }}', { u: { name: '<b>' } }); })
  .then((out) => { console.log(out); console.log(engine.parseAndRenderSync('{{ a | plus: b }}', { a: 2, b: 3 })); return engine.parseAndRender('{% if %}'); })
  .catch((e) => console.log(e.name, e.message));
