const { graphql, buildSchema, parse, print, validate, GraphQLSchema, GraphQLObjectType, GraphQLString, GraphQLInt, GraphQLList, GraphQLNonNull } = require('graphql');
const schema = buildSchema(`
  type Book { title: String!, author: Author, year: Int }
  type Author { name: String!, books: [Book] }
  type Query { books(minYear: Int): [Book], author(name: String!): Author }
`);
const authors = [{ name: 'Le Guin' }, { name: 'Herbert' }];
const books = [
  { title: 'Dune', author: 'Herbert', year: 1965 },
  { title: 'The Dispossessed', author: 'Le Guin', year: 1974 },
  { title: 'A Wizard of Earthsea', author: 'Le Guin', year: 1968 },
];
const mkBook = (b) => ({ ...b, author: () => mkAuthor(authors.find((a) => a.name === b.author)) });
const mkAuthor = (a) => ({ ...a, books: () => books.filter((b) => b.author === a.name).map(mkBook) });
const root = {
  books: ({ minYear }) => books.filter((b) => minYear == null || b.year >= minYear).map(mkBook),
  author: ({ name }) => { const a = authors.find((x) => x.name === name); return a && mkAuthor(a); },
};
(async () => {
  const r1 = await graphql({ schema, source: '{ books(minYear: 1966) { title year author { name } } }', rootValue: root });
  console.log(JSON.stringify(r1, null, 2));
  const r2 = await graphql({ schema, source: 'query Q($n: String!) { author(name: $n) { name books { title } } }', rootValue: root, variableValues: { n: 'Le Guin' } });
  console.log(JSON.stringify(r2));
  const r3 = await graphql({ schema, source: '{ books { nope } }', rootValue: root });
  console.log(r3.errors.map((e) => e.message + ' ' + JSON.stringify(e.locations)));
  const ast = parse('query { a(x: 1, y: "s") { b ...F } } fragment F on T { c @include(if: true) }');
  console.log(print(ast));
  const Q = new GraphQLObjectType({ name: 'Query', fields: { sum: { type: new GraphQLNonNull(GraphQLInt), args: { xs: { type: new GraphQLList(GraphQLInt) } }, resolve: (_, { xs }) => xs.reduce((a, b) => a + b, 0) }, hi: { type: GraphQLString, resolve: () => 'hi' } } });
  const s2 = new GraphQLSchema({ query: Q });
  console.log(JSON.stringify(await graphql({ schema: s2, source: '{ sum(xs: [1,2,3]) hi }' })));
  console.log(validate(s2, parse('{ sum(xs: "a") }')).map((e) => e.message));
})();
