/** Half the confidence interval: the survey margin of error the report tests changes against. */
export const marginOfError = (o: { lower: number | null; upper: number | null }) =>
  o.lower !== null && o.upper !== null ? (o.upper - o.lower) / 2 : null;
