/**
 * The list with the item at `index` moved one place up (-1) or down (+1); unchanged at either end.
 * @example moveItem(["a", "b", "c"], 2, -1) // ["a", "c", "b"]
 */
export function moveItem<T>(items: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  const moved = [...items];
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return moved;
  [moved[index], moved[target]] = [moved[target]!, moved[index]!];
  return moved;
}
