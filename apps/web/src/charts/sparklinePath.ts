/**
 * An SVG path through the values, scaled to fill width × height (y grows downwards in SVG).
 * Nulls break the line. A constant series draws a flat line at mid-height.
 * Example: sparklinePath([0, 10], 100, 20) → "M0,20 L100,0".
 */
export function sparklinePath(values: readonly (number | null)[], width: number, height: number): string {
  const present = values.filter((v): v is number => v != null && Number.isFinite(v));
  if (present.length === 0) return "";
  const min = Math.min(...present);
  const max = Math.max(...present);
  const span = max - min;
  const stepX = values.length > 1 ? width / (values.length - 1) : 0;
  const y = (v: number) => (span === 0 ? height / 2 : height - ((v - min) / span) * height);
  const round = (n: number) => Math.round(n * 100) / 100;
  let path = "";
  let penDown = false;
  values.forEach((v, i) => {
    if (v == null || !Number.isFinite(v)) {
      penDown = false;
      return;
    }
    path += `${path ? " " : ""}${penDown ? "L" : "M"}${round(i * stepX)},${round(y(v))}`;
    penDown = true;
  });
  return path;
}
