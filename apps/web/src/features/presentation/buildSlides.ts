export type Slide<E, P> =
  | { kind: "exceptions"; exceptions: E[] }
  | { kind: "exception"; exception: E; index: number; of: number }
  | { kind: "priority"; priority: P; index: number; of: number };

/**
 * Exceptions given a slide each. A quarter can raise twenty or more exceptions; a meeting discusses the
 * most severe and sees the rest on the summary slide, so the deck stays short enough to present.
 */
export const MAX_EXCEPTION_SLIDES = 6;

/**
 * The meeting's running order: all exceptions in one list, the first few one by one, then each priority.
 * Exceptions keep the API's order, which is already most severe first: one ordering for every screen.
 */
export function buildSlides<E, P>(exceptions: readonly E[], priorities: readonly P[]): Slide<E, P>[] {
  const shown = exceptions.slice(0, MAX_EXCEPTION_SLIDES);
  const summary: Slide<E, P>[] =
    exceptions.length > 0 ? [{ kind: "exceptions", exceptions: [...exceptions] }] : [];
  return [
    ...summary,
    ...shown.map((exception, i) => ({
      kind: "exception" as const,
      exception,
      index: i + 1,
      of: shown.length,
    })),
    ...priorities.map((priority, i) => ({
      kind: "priority" as const,
      priority,
      index: i + 1,
      of: priorities.length,
    })),
  ];
}
