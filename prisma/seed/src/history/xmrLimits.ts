/** Control limits for one point of an XmR chart. */
export interface XmrLimit {
  centre: number;
  ucl: number;
  lcl: number;
}

/**
 * XmR (individuals) limits: centre = mean, limits = mean ± 2.66 × mean moving range (Making Data Count),
 * computed over each segment of the series; a new segment starts at every index in `breaks` (a declared
 * process change). The generator needs this to place illustrative points at a stated limit; the domain
 * package's computeXmr is the product's definition, and the tests check the two agree.
 * Example: xmrLimits([10, 12, 11]) → centre 11, mean moving range 1.5, ucl 14.99, lcl 7.01 for every point.
 */
export function xmrLimits(values: number[], breaks: number[] = []): XmrLimit[] {
  const starts = [0, ...breaks.filter((b) => b > 0 && b < values.length)].sort((a, b) => a - b);
  const limits: XmrLimit[] = [];
  starts.forEach((start, i) => {
    const segment = values.slice(start, starts[i + 1] ?? values.length);
    const centre = segment.reduce((sum, v) => sum + v, 0) / segment.length;
    let rangeSum = 0;
    for (let k = 1; k < segment.length; k++) rangeSum += Math.abs(segment[k]! - segment[k - 1]!);
    const meanRange = segment.length > 1 ? rangeSum / (segment.length - 1) : 0;
    for (const _ of segment)
      limits.push({ centre, ucl: centre + 2.66 * meanRange, lcl: centre - 2.66 * meanRange });
  });
  return limits;
}
