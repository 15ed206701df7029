const kleur = require('kleur');
kleur.enabled = true;
console.log(JSON.stringify(kleur.red('red')), JSON.stringify(kleur.bold().underline().blue('bub')));
console.log(JSON.stringify(kleur.bgYellow().black(`x ${kleur.green('nested')} y`)));
const { red, dim } = require('kleur/colors');
console.log(JSON.stringify(red('c')), JSON.stringify(dim(red('dd'))));
kleur.enabled = false;
console.log(kleur.red().bold('plain'));
