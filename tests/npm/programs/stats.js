const ss = require('simple-statistics');
const data = [2, 4, 4, 4, 5, 5, 7, 9, 10, 13];
console.log(ss.mean(data), ss.median(data), ss.mode(data), ss.variance(data), ss.standardDeviation(data), ss.sampleStandardDeviation(data).toFixed(6));
console.log(ss.quantile(data, [0.25, 0.5, 0.9]), ss.interquartileRange(data), ss.sum(data), ss.min(data), ss.max(data), ss.geometricMean([1, 2, 4]), ss.harmonicMean([1, 2, 4]));
const lr = ss.linearRegression([[0, 1], [1, 3], [2, 5], [3, 7.5]]);
console.log(lr, ss.linearRegressionLine(lr)(10), ss.rSquared([[0, 1], [1, 3], [2, 5]], ss.linearRegressionLine(lr)));
console.log(ss.sampleCorrelation([1, 2, 3, 4], [2, 4, 5, 9]).toFixed(6), ss.zScore(5, 3, 2), ss.ckmeans([1, 2, 4, 5, 12, 43, 52, 123, 234, 1244], 3), ss.tTest([1, 2, 3, 4, 5], 2.5));
console.log(ss.bernoulliDistribution(0.3), ss.binomialDistribution(3, 0.5).map((x) => x.toFixed(4)), ss.cumulativeStdNormalProbability(1.96), ss.permutationsHeap([1, 2, 3]).length, ss.combinations([1, 2, 3, 4], 2).length);
