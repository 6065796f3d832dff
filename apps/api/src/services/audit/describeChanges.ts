// Bookkeeping fields change on every write; listing them would bury the change a person made.
const IGNORED = new Set(["version", "updatedAt"]);
const MAX_TEXT = 80;

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

const asObject = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/**
 * One line per changed field of an audit event, e.g. "progress: 40 → 55"; a new record lists its
 * fields as "— → value".
 * @example describeChanges({ progress: 40 }, { progress: 55 }) // ["progress: 40 → 55"]
 */
export function describeChanges(before: unknown, after: unknown): string[] {
  const b = asObject(before);
  const a = asObject(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !IGNORED.has(k));
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => `${k}: ${show(b[k])} → ${show(a[k])}`);
}
