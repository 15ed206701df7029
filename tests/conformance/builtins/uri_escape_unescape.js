// Annex B escape and unescape.
console.log(escape("a b+é€😀@*_-./~!#"), escape(""), escape(1234), escape());
console.log(unescape("%u20AC%41%zz%u12%"), unescape("%41%42%4"), unescape("plain"), unescape("%u00e9%E9"));
const all = Array.from({ length: 300 }, (_, i) => String.fromCharCode(i)).join("");
console.log(unescape(escape(all)) === all, escape(all).length);
console.log(escape.length, unescape.length, escape.name, typeof globalThis.unescape);
