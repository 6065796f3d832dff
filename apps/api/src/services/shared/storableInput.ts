/**
 * What the database cannot take, checked before a value gets there. PostgreSQL refuses the NUL
 * character in text and jsonb ("invalid byte sequence for encoding UTF8: 0x00"), and a key past
 * its integer column's range ("value out of range for type integer"): both would otherwise come
 * back from the driver as an internal error, with the driver's words in it.
 */
const MAX_KEY = { integer: 2_147_483_647n, bigint: 9_223_372_036_854_775_807n } as const;

export function hasUnstorableText(text: string): boolean {
  return text.includes("\u0000");
}

/** A whole number (as a number or digits) that no key of that column type can hold. */
export function isPastIdRange(value: unknown, key: keyof typeof MAX_KEY = "integer"): boolean {
  if (typeof value === "number") return Number.isInteger(value) && BigInt(value) > MAX_KEY[key];
  if (typeof value === "string" && /^\d+$/.test(value)) return BigInt(value) > MAX_KEY[key];
  return false;
}
