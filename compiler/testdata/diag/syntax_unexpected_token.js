let total = 1;
let x = ;
