import { buildSeedData, type Month } from "../src/index.ts";

const data = buildSeedData();

/** The monthly series the database will hold for a metric and area (report figures and illustrative points). */
export function seriesOf(
  metricId: string,
  area = "force",
): { months: Month[]; values: number[]; at: (m: Month) => number; index: (m: Month) => number } {
  const points = data.observations
    .filter((o) => o.metricId === metricId && o.area === area && o.breakdown === "")
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
  const months = points.map((p) => p.periodEnd);
  const values = points.map((p) => p.value);
  const index = (m: Month) => {
    const i = months.indexOf(m);
    if (i < 0) throw new Error(`${metricId}: no ${m}`);
    return i;
  };
  return { months, values, index, at: (m) => values[index(m)]! };
}
