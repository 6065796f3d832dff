/**
 * The "exceptions first" order: only what needs attention (severity above 0, as assessException
 * weighs it), most severe first; equal severities by id, so the list reads the same on every request.
 * Returns a new array; the input is left as it was.
 * @example exceptionsFirst([{ id: "b", severity: 5 }, { id: "a", severity: 0 }, { id: "c", severity: 7 }], (e) => e.id)
 * // [{ id: "c", severity: 7 }, { id: "b", severity: 5 }]
 */
export function exceptionsFirst<T extends { severity: number }>(
  items: readonly T[],
  idOf: (item: T) => string,
): T[] {
  return items
    .filter((item) => item.severity > 0)
    .sort((a, b) => b.severity - a.severity || idOf(a).localeCompare(idOf(b)));
}
