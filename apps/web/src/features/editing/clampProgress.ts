/**
 * Reads what someone typed into the progress box as a whole percentage 0–100, or null when it is not
 * a number yet (an empty box while typing). Deliverable.progress is an Int 0–100 in the contract.
 * Example: clampProgress("55.6") → 56; clampProgress("140") → 100; clampProgress("") → null.
 */
export function clampProgress(raw: string | number): number | null {
  const text = String(raw).trim();
  if (text === "") return null;
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  return Math.min(100, Math.max(0, Math.round(value)));
}
