import { parse, parseFragment, serialize } from 'parse5';
const doc = parse('<!DOCTYPE html><title>T</title><p>One<p>Two <b>bold<i>both</b> italic</i><table><td>cell</table>');
function walk(node, depth, out) {
  out.push('  '.repeat(depth) + (node.nodeName === '#text' ? JSON.stringify(node.value) : node.nodeName + (node.attrs?.length ? ' ' + JSON.stringify(node.attrs) : '')));
  for (const c of node.childNodes || []) walk(c, depth + 1, out);
  return out;
}
console.log(walk(doc, 0, []).join('\n'));
console.log(serialize(doc));
const frag = parseFragment('<li class="a">x</li><li>y &amp; z &copy;</li><!-- c -->', { sourceCodeLocationInfo: true });
console.log(frag.childNodes.map((n) => [n.nodeName, n.sourceCodeLocation.startOffset, n.sourceCodeLocation.endOffset]), serialize(frag));
