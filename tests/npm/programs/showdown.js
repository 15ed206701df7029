const showdown = require('showdown');
const converter = new showdown.Converter({ tables: true, strikethrough: true, tasklists: true, ghCodeBlocks: true });
console.log(converter.makeHtml(`# Heading

Some *emphasis*, **strong**, ~~gone~~ and \`code\`.

| a | b |
|---|---|
| 1 | 2 |

- [x] done
- [ ] todo

\`\`\`js
const x = 1 < 2;
\`\`\`

> quote
> more

1. one
2. two

[link](http://example.com "title") ![img](a.png)
`));
converter.setFlavor('github');
console.log(converter.makeHtml('Auto link https://example.com and @user\n\n~~strike~~ :smile:'), converter.getOptions().simplifiedAutoLink);
