// toLocaleString and friends on numbers, BigInts, Dates and arrays, with locales and options.
const show = (label, f) => {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
};
show('number', () => [(1234567.891).toLocaleString(), (1234.5).toLocaleString('en-US', { style: 'currency', currency: 'USD' }), (0.256).toLocaleString(undefined, { style: 'percent' }), (5).toLocaleString('en', { minimumIntegerDigits: 2 }), (1e6).toLocaleString('en-US', { notation: 'compact' })]);
show('bigint', () => [(123456789012345678901234567890n).toLocaleString(), (-5n).toLocaleString('en-US', { style: 'currency', currency: 'EUR' })]);
const d = new Date(Date.UTC(2024, 2, 5, 14, 7, 9));
show('date', () => [d.toLocaleString('en-US', { timeZone: 'UTC' }), d.toLocaleDateString('en-US', { timeZone: 'UTC' }), d.toLocaleTimeString('en-US', { timeZone: 'UTC' })]);
show('date options', () => [d.toLocaleDateString('en-US', { timeZone: 'America/New_York', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }), d.toLocaleTimeString('en-US', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit' }), d.toLocaleString('en-US', { timeZone: 'UTC', dateStyle: 'medium' })]);
show('date only-time options', () => [d.toLocaleDateString('en-US', { timeZone: 'UTC', hour: 'numeric' }), d.toLocaleTimeString('en-US', { timeZone: 'UTC', month: 'long' })]);
show('invalid date', () => [new Date(NaN).toLocaleString(), new Date(NaN).toLocaleDateString(), new Date(NaN).toLocaleTimeString()]);
show('array', () => [[1234.5, new Date(0), 'x', null].toLocaleString('en-US', { timeZone: 'UTC' }), [1e6, 2e6].toLocaleString('en', { notation: 'compact' })]);
show('other locale falls back', () => typeof (1234.5).toLocaleString('en-GB'));
