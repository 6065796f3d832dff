/**
 * Which month labels an axis shows when it cannot show them all: at most `max`, evenly spaced, counted back
 * from the latest month so the month a reader is asked about is always labelled.
 */
export function monthTicks(labels: readonly string[], max: number): string[] {
  if (labels.length <= max) return [...labels];
  const step = Math.ceil(labels.length / max);
  const ticks: string[] = [];
  for (let i = labels.length - 1; i >= 0 && ticks.length < max; i -= step) ticks.push(labels[i] as string);
  return ticks.reverse();
}
