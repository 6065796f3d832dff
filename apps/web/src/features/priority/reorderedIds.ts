/**
 * The full id order to send after moving one current item up (-1) or down (+1). The API wants
 * exactly the stored list (reorderStatements/reorderCommentary), retired items included: they keep
 * their places after the current ones. Example: (["a","b","c"], ["x"], 2, -1) → ["a","c","b","x"].
 */
export function reorderedIds(
  current: readonly string[],
  retired: readonly string[],
  index: number,
  delta: -1 | 1,
): string[] {
  const order = [...current];
  const target = index + delta;
  if (index < 0 || index >= order.length || target < 0 || target >= order.length)
    return [...order, ...retired];
  const moved = order[index] as string;
  order[index] = order[target] as string;
  order[target] = moved;
  return [...order, ...retired];
}
