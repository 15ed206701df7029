// do-while runs the body before testing the condition.
let i = 0;
do {
  console.log("body", i);
  i++;
} while (i < 3);
do console.log("runs once"); while (false);
let k = 0;
do {
  k++;
  if (k === 2) continue;
  console.log("k", k);
} while (k < 4);
