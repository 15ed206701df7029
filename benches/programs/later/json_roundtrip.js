// JSON: build nested documents, serialise them with JSON.stringify and parse them back with
// JSON.parse, as configuration and HTTP-handling code does.
let seed = 31337;
function random() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

function makeDocument(id) {
  const tags = [];
  for (let i = 0; i < 1 + (random() % 5); i++) {
    tags.push("tag" + (random() % 50));
  }
  return {
    id,
    title: `Document number ${id} with "quotes" and \\ slashes`,
    published: random() % 2 === 0,
    score: (random() % 10000) / 100,
    author: { name: "author" + (random() % 100), karma: random() % 1000 },
    tags,
    comments: random() % 3 === 0 ? null : [{ by: "x", text: "line\nbreak\tand unicode \u00e9" }],
  };
}

let bytes = 0;
let checksum = 0;
for (let round = 0; round < 40; round++) {
  const documents = [];
  for (let i = 0; i < 1000; i++) {
    documents.push(makeDocument(round * 1000 + i));
  }
  const text = JSON.stringify({ round, documents });
  bytes += text.length;
  const back = JSON.parse(text);
  for (const doc of back.documents) {
    checksum = (checksum * 31 + doc.author.karma + doc.tags.length + (doc.published ? 1 : 0)) % 1000000007;
  }
  const pretty = JSON.stringify(back.documents[round], null, 2);
  checksum = (checksum + pretty.length) % 1000000007;
}
console.log("bytes:", bytes, "checksum:", checksum);
