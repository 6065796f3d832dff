export type Slide<E, P> =
  | { kind: "exception"; exception: E; index: number; of: number }
  | { kind: "priority"; priority: P; index: number; of: number };

/** The meeting's running order: exceptions first (most severe first), then each priority. */
export function buildSlides<E extends { severity: number }, P>(
  exceptions: readonly E[],
  priorities: readonly P[],
): Slide<E, P>[] {
  const sorted = [...exceptions].sort((a, b) => b.severity - a.severity);
  return [
    ...sorted.map((exception, i) => ({
      kind: "exception" as const,
      exception,
      index: i + 1,
      of: sorted.length,
    })),
    ...priorities.map((priority, i) => ({
      kind: "priority" as const,
      priority,
      index: i + 1,
      of: priorities.length,
    })),
  ];
}
