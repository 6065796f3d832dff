/** Most severe first; ties keep the API's order (Array.prototype.sort is stable). */
export function sortBySeverity<T extends { severity: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.severity - a.severity);
}
