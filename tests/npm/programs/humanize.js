const humanizeDuration = require('humanize-duration');
console.log(humanizeDuration(3000), humanizeDuration(2250), humanizeDuration(97320000), humanizeDuration(1000000000000));
console.log(humanizeDuration(97320000, { largest: 2, round: true }), humanizeDuration(3600000, { units: ['m'] }), humanizeDuration(1500, { maxDecimalPoints: 1 }), humanizeDuration(22140000, { delimiter: ' and ', conjunction: ' & ', serialComma: false }));
console.log(humanizeDuration(3000, { language: 'de' }), humanizeDuration(61000, { language: 'ja' }), humanizeDuration(90061000, { language: 'ru' }), humanizeDuration(4000, { language: 'ar' }));
const shortEn = humanizeDuration.humanizer({ language: 'shortEn', languages: { shortEn: { y: () => 'y', mo: () => 'mo', w: () => 'w', d: () => 'd', h: () => 'h', m: () => 'm', s: () => 's', ms: () => 'ms' } }, spacer: '' });
console.log(shortEn(93784005), humanizeDuration.getSupportedLanguages().length > 50);
