import * as cc from 'change-case';
const inputs = ['hello world', 'TestV2', 'fooBarBaz', 'XMLHttpRequest', 'version 1.2.10', 'snake_case_here', '  --dashes--  '];
for (const fn of ['camelCase', 'pascalCase', 'snakeCase', 'kebabCase', 'constantCase', 'dotCase', 'pathCase', 'sentenceCase', 'capitalCase', 'trainCase', 'noCase', 'pascalSnakeCase'])
  console.log(fn.padEnd(16), inputs.map((s) => cc[fn](s)).join(' | '));
console.log(cc.split('fooBar2Baz'), cc.camelCase('foo 2 bar', { mergeAmbiguousCharacters: true }), cc.snakeCase('ab-cd', { prefixCharacters: '-' }));
