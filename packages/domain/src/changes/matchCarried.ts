import type { CarriedLink } from "./CarriedLink.ts";

/** Later items with the earlier item each continues (null when new), and earlier items none continues. */
export interface CarriedMatch<E, L> {
  pairs: Array<{ earlier: E | null; later: L }>;
  dropped: E[];
}

/**
 * Matches a later quarter's items to an earlier quarter's by following carriedFromId back: through
 * the later items' own links, then `between` (the links of the quarters in between, when the two are
 * not consecutive), until an earlier item's id is reached. An item whose own id is in the earlier
 * quarter is that item. A broken or circular chain leaves the later item new.
 * @example matchCarried([{ id: "1", carriedFromId: null }], [{ id: "7", carriedFromId: "4" }], [{ id: "4", carriedFromId: "1" }])
 * // { pairs: [{ earlier: { id: "1", … }, later: { id: "7", … } }], dropped: [] }
 */
export function matchCarried<E extends CarriedLink, L extends CarriedLink>(
  earlier: readonly E[],
  later: readonly L[],
  between: readonly CarriedLink[] = [],
): CarriedMatch<E, L> {
  const earlierById = new Map(earlier.map((item) => [item.id, item]));
  const carriedFrom = new Map([...between, ...later].map((item) => [item.id, item.carriedFromId]));
  const continued = new Set<string>();
  const pairs = later.map((item) => {
    const match = ancestorIn(item.id, earlierById, carriedFrom);
    if (match) continued.add(match.id);
    return { earlier: match ?? null, later: item };
  });
  return { pairs, dropped: earlier.filter((item) => !continued.has(item.id)) };
}

function ancestorIn<E>(
  id: string,
  earlierById: ReadonlyMap<string, E>,
  carriedFrom: ReadonlyMap<string, string | null>,
): E | undefined {
  const seen = new Set<string>();
  for (let at: string | null | undefined = id; at != null && !seen.has(at); at = carriedFrom.get(at)) {
    const match = earlierById.get(at);
    if (match) return match;
    seen.add(at);
  }
  return undefined;
}
