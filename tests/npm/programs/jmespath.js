const jmespath = require('jmespath');
const data = { locations: [{ name: 'Seattle', state: 'WA', pop: 750 }, { name: 'New York', state: 'NY', pop: 8400 }, { name: 'Bellevue', state: 'WA', pop: 150 }, { name: 'Olympia', state: 'WA', pop: 55 }], meta: { tags: ['a', 'b'] } };
const q = [
  "locations[?state == 'WA'].name | sort(@) | {WashingtonCities: join(', ', @)}",
  'locations[*].{n: name, big: pop > `500`}',
  'max_by(locations, &pop).name',
  'sort_by(locations, &pop)[].name',
  'sum(locations[].pop)', 'length(locations[?pop < `200`])', 'meta.tags[-1]', 'locations[0:2].state', 'not_null(missing, meta.tags[0])',
  "contains(meta.tags, 'b') && starts_with(locations[0].name, 'Se')", 'to_string(avg(locations[].pop))', 'keys(meta)', 'locations[?contains(name, `"e"`)] | length(@)',
];
for (const e of q) console.log(e, '=>', JSON.stringify(jmespath.search(data, e)));
try { jmespath.search(data, 'locations[?'); } catch (e) { console.log(e.name, e.message); }
try { jmespath.search(data, 'abs(meta)'); } catch (e) { console.log(e.name, e.message); }
