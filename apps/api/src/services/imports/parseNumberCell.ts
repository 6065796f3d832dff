export type ParsedNumber = { ok: true; value: number | null } | { ok: false; reason: string };

const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const THOUSANDS_SEPARATOR = /,(?=\d{3}(\D|$))/g;

/**
 * Reads a numeric cell. Blank is null (optional columns); thousands separators are allowed
 * because force BI exports write "1,435". Anything else that is not a finite number is refused
 * (including hex and "Infinity", which JavaScript's Number() would accept).
 */
export function parseNumberCell(text: string | undefined, column: string): ParsedNumber {
  const trimmed = text === undefined ? "" : text.trim();
  if (trimmed === "") return BLANK;
  const plain = trimmed.includes(",") ? trimmed.replace(THOUSANDS_SEPARATOR, "") : trimmed;
  if (!PLAIN_NUMBER.test(plain)) return { ok: false, reason: `non-numeric ${column} "${trimmed}"` };
  const value = Number(plain);
  if (!Number.isFinite(value)) return { ok: false, reason: `non-numeric ${column} "${trimmed}"` };
  return { ok: true, value };
}

const BLANK: ParsedNumber = { ok: true, value: null };
