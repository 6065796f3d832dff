/**
 * A four-digit year from the report's two- or four-digit form; two digits mean 20xx,
 * since the report only speaks of this century.
 * @example fullYear("23") // 2023
 */
export function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}
