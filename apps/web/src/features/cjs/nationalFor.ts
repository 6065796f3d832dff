interface Bench {
  value: number;
  periodEnd: string;
  comparator: { kind: string };
}

/** The national figure for the same period as the force's latest value, else the newest national figure. */
export function nationalFor(benchmarks: readonly Bench[], periodEnd: string | undefined): number | null {
  const national = benchmarks.filter((b) => b.comparator.kind === "NATIONAL");
  const same = national.find((b) => b.periodEnd === periodEnd);
  if (same) return same.value;
  const newest = [...national].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd))[0];
  return newest?.value ?? null;
}
