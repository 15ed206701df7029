const { format } = require('sql-formatter');
console.log(format("SELECT a, b, count(*) AS n FROM t1 JOIN t2 ON t1.id = t2.id WHERE x > 10 AND y IN (1, 2, 3) GROUP BY a, b HAVING count(*) > 1 ORDER BY n DESC LIMIT 10;"));
console.log(format('insert into users (id, name) values (1, \'bob\'), (2, \'al\'); update users set name = upper(name) where id = 1;', { language: 'postgresql', keywordCase: 'upper', tabWidth: 4 }));
console.log(format('select * from t where a = :a and b = ?', { language: 'sqlite', paramTypes: { named: [':'], positional: true } }));
try { format('SELECT ) FROM'); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
