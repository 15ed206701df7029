import answer from './fixtures/answer.json';
console.log(answer);
