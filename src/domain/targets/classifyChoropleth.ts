// The classes of a commune/ward choropleth of counts: zero on its own (no project, nothing left), then up to
// `positiveClasses` classes of the positive values at their quantiles, so a few large communes do not wash
// out the rest. Counts are whole numbers: a class runs from one more than the previous class's top.

export interface ChoroplethClass {
  /** Smallest and largest value of the class (inclusive); the zero class is 0–0. */
  min: number;
  max: number;
  /** How many values fall in it. */
  count: number;
}

export interface Choropleth {
  classes: ChoroplethClass[];
  /** The class of each value, in the order given. */
  classIndex: number[];
}

export function classifyChoropleth(values: readonly number[], positiveClasses = 4): Choropleth {
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  const tops: number[] = [];
  for (let i = 1; i <= positiveClasses && positive.length > 0; i++) {
    const top = positive[Math.max(0, Math.ceil((i * positive.length) / positiveClasses) - 1)];
    if (tops.at(-1) !== top) tops.push(top);
  }
  const classes: ChoroplethClass[] = [{ min: 0, max: 0, count: 0 }];
  tops.forEach((top, i) => classes.push({ min: i === 0 ? positive[0] : Math.floor(tops[i - 1]) + 1, max: top, count: 0 }));
  const classIndex = values.map((v) => {
    const index = v > 0 ? 1 + tops.findIndex((top) => v <= top) : 0;
    classes[index].count += 1;
    return index;
  });
  return { classes, classIndex };
}
