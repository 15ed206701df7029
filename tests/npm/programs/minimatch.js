const { minimatch } = require('minimatch');
console.log(minimatch('src/a/b.js', 'src/**/*.js'), minimatch('x.ts', '*.{js,ts}'), minimatch('.hidden', '*'), minimatch('.hidden', '*', { dot: true }));
