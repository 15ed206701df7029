console.log(require('tiny'), require('@demo/pkg').scoped, require('condpkg'), require('condpkg/extra/one'), require('mainpkg').main);
