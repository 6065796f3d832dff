import type { XmrChartData } from "./toXmrRows";

/**
 * The chart's text alternative: span, latest value, current limits, how many special-cause points and
 * how many months are illustrative. A trend-only series (rolling or quarterly) has no limits or signals,
 * and says so. `format` renders a value in the metric's unit.
 */
export function describeXmr(
  name: string,
  data: XmrChartData,
  format: (v: number) => string,
  { isTrendOnly = false }: { isTrendOnly?: boolean } = {},
): string {
  const first = data.rows[0];
  const last = data.rows.at(-1);
  if (!first || !last) return `${name}: no data.`;
  const parts = [
    `${name} from ${first.label} to ${last.label}; latest ${format(last.value)} in ${last.label}.`,
  ];
  if (isTrendOnly) {
    parts.push("Shown as a trend, without control limits or special-cause signals.");
  } else {
    if (last.centre != null && last.lower != null && last.upper != null) {
      parts.push(
        `Centre line ${format(last.centre)}, control limits ${format(last.lower)} to ${format(last.upper)}.`,
      );
    }
    const special = data.rows.filter((r) => r.special).length;
    parts.push(
      special === 0
        ? "No special-cause points."
        : `${special} special-cause point${special === 1 ? "" : "s"}.`,
    );
  }
  const generated = data.rows.filter((r) => r.illustrative).length;
  if (generated > 0) {
    parts.push(
      generated === data.rows.length
        ? "Every month is illustrative."
        : `${generated} of ${data.rows.length} months are illustrative (hollow markers).`,
    );
  }
  return parts.join(" ");
}
