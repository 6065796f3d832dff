/**
 * A number with thousands separators and a fixed count of decimals ("1,435", "58.61").
 * Written by hand rather than with Intl so the server and every browser print the same text.
 * @example formatNumber(1435.2, 0) // "1,435"
 */
export function formatNumber(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = "0", fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}
