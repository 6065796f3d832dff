export type ParsedNumber = { ok: true; value: number | null } | { ok: false; reason: string };

/**
 * Reads a numeric cell. Blank is null (optional columns); thousands separators are allowed
 * because force BI exports write "1,435". Anything else that is not a finite number is refused.
 */
export function parseNumberCell(text: string | undefined, column: string): ParsedNumber {
  const trimmed = (text ?? "").trim();
  if (trimmed === "") return { ok: true, value: null };
  const plain = trimmed.replace(/,(?=\d{3}(\D|$))/g, "");
  const value = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
  if (!Number.isFinite(value)) return { ok: false, reason: `non-numeric ${column} "${trimmed}"` };
  return { ok: true, value };
}
