import { Parser, parseDocument, DomUtils } from 'htmlparser2';
const events = [];
const parser = new Parser({
  onopentag(name, attrs) { events.push(`open ${name} ${JSON.stringify(attrs)}`); },
  ontext(text) { if (text.trim()) events.push(`text ${JSON.stringify(text)}`); },
  onclosetag(name, implied) { events.push(`close ${name}${implied ? ' (implied)' : ''}`); },
  oncomment(c) { events.push(`comment ${c}`); },
}, { decodeEntities: true });
parser.write('<div class="a" id=x>Hello &amp; <b>bold<p>para</div><!-- note --><script>if (a < b) {}</script>');
parser.end();
console.log(events.join('\n'));
const doc = parseDocument('<ul><li><a href="/1">One</a></li><li><a href="/2" class="sel">Two &copy;</a></li></ul><img src=x.png>');
const links = DomUtils.getElementsByTagName('a', doc);
console.log(links.map((a) => [a.attribs.href, DomUtils.textContent(a)]));
console.log(DomUtils.findOne((e) => e.attribs?.class === 'sel', doc.children).attribs.href, DomUtils.getOuterHTML(doc));
const xml = parseDocument('<feed><entry id="1"><title>T</title></entry><self/></feed>', { xmlMode: true });
console.log(DomUtils.getOuterHTML(xml, { xmlMode: true }), DomUtils.getElementsByTagName('title', xml).length);
