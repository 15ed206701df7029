const cheerio = require('cheerio/slim');
const $ = cheerio.load('<ul id="fruits"><li class="apple">Apple</li><li class="orange">Orange</li><li class="pear" data-x="1">Pear</li></ul><a href="/a">A</a><a href="/b">B</a>');
console.log($('.apple', '#fruits').text(), $('ul .pear').attr('class'), $('li[class=orange]').html(), $('li').length, $('.pear').data('x'));
$('#fruits').append('<li class="plum">Plum</li>').find('.orange').remove();
console.log($('li').map((i, el) => $(el).text()).get().join(', '), $('a').toArray().map((a) => a.attribs.href), $.html('#fruits'));
console.log($('li').first().next().text(), $('li:not(.apple)').length, $('ul').find('li').eq(1).hasClass('pear'), $('a').last().attr('href', '/z').toString());
