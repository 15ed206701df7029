const { from, of, interval } = require('rxjs'); const { map, filter, take, reduce, mergeMap, toArray } = require('rxjs/operators');
from([1, 2, 3, 4, 5]).pipe(filter(x => x % 2), map(x => x * 10), reduce((a, b) => a + b, 0)).subscribe(v => console.log('sum', v));
interval(5).pipe(take(3), toArray()).subscribe(v => console.log('interval', v));
of('a', 'b').pipe(mergeMap(x => of(x + '1', x + '2'))).subscribe({ next: v => console.log(v), complete: () => console.log('done') });
