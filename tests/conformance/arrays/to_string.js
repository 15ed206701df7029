// Arrays convert to strings with join(",").
console.log(String([1, [2, [3, [4]]]]), [].toString() === "", String([null]), String([undefined, null]));
console.log([1, 2] + "", `${[1, 2]}`, [1.5, -0, NaN] + "", [{}] + "");
