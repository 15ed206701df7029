const { DOMParser, XMLSerializer } = require('@xmldom/xmldom');
const doc = new DOMParser().parseFromString('<?xml version="1.0"?><catalog xmlns:x="urn:x"><book id="bk101" x:lang="en"><author>Gambardella</author><title>XML Guide</title><price>44.95</price></book><book id="bk102"><author>Ralls</author><title>Midnight Rain</title><price>5.95</price></book></catalog>', 'text/xml');
const books = doc.getElementsByTagName('book');
for (let i = 0; i < books.length; i++) console.log(books[i].getAttribute('id'), books[i].getElementsByTagName('title')[0].textContent, books[i].getAttributeNS('urn:x', 'lang'));
const nb = doc.createElement('book'); nb.setAttribute('id', 'bk103'); nb.appendChild(doc.createTextNode('New & <improved>'));
doc.documentElement.appendChild(nb); doc.documentElement.removeChild(books[0]);
console.log(new XMLSerializer().serializeToString(doc));
const html = new DOMParser().parseFromString('<div><p class="a">x<br>y</p></div>', 'text/html');
console.log(new XMLSerializer().serializeToString(html), html.documentElement.nodeName);
try { new DOMParser({ onError: (level, msg) => { console.log(level, msg.split('\n')[0]); } }).parseFromString('<a><b></a>', 'text/xml'); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
