const { Graph, alg, json } = require('@dagrejs/graphlib');
const g = new Graph({ directed: true, multigraph: false });
for (const [a, b, w] of [['a', 'b', 4], ['a', 'c', 1], ['c', 'b', 2], ['b', 'd', 5], ['c', 'd', 8], ['d', 'e', 3]]) g.setEdge(a, b, w);
g.setNode('f', { label: 'lonely' });
console.log(g.nodes(), g.edgeCount(), g.successors('a'), g.predecessors('d'), g.sources(), g.sinks());
console.log(alg.topsort(g), alg.isAcyclic(g), alg.components(g), alg.preorder(g, ['a']), alg.postorder(g, ['a']));
console.log(alg.dijkstra(g, 'a', (e) => g.edge(e)));
g.setEdge('e', 'a', 1); console.log(alg.findCycles(g), alg.tarjan(g).length, alg.isAcyclic(g));
const fw = alg.floydWarshall(g, (e) => g.edge(e)); console.log(fw.a.e, fw.e.d);
const u = new Graph({ directed: false }); u.setEdge('x', 'y', 3); u.setEdge('y', 'z', 1); u.setEdge('x', 'z', 5);
console.log(json.write(alg.prim(u, (e) => u.edge(e))).edges, JSON.stringify(json.write(g)).length);
try { alg.topsort(g); } catch (e) { console.log(e.constructor.name, e.name); }
