/**
 * Where the progress slider sits for what someone typed into the number box: the nearest whole
 * percentage 0–100, or null when the box holds no number yet. For display only: what is saved goes
 * through readProgress, which refuses 150 instead of clamping it.
 * Example: clampProgress("55.6") → 56; clampProgress("140") → 100; clampProgress("") → null.
 */
export function clampProgress(raw: string | number): number | null {
  const text = String(raw).trim();
  if (text === "") return null;
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  return Math.min(100, Math.max(0, Math.round(value)));
}
