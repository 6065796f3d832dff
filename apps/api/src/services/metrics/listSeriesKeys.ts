import type { GraphQLContext } from "../../context.ts";
import type { AreaRecord, MetricRecord } from "../../data/records.ts";

export interface SeriesKeyView {
  area: AreaRecord;
  breakdown: string;
  label: string;
  count: number;
}

/** The series a metric has data for, headline (force-wide, no breakdown) first. */
export async function listSeriesKeys(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
): Promise<SeriesKeyView[]> {
  const [observations, areas] = await Promise.all([
    ctx.loaders.observationsByMetric.load(metric.id),
    ctx.loaders.areas.load("all"),
  ]);
  const keys = new Map<string, SeriesKeyView>();
  for (const o of observations) {
    const id = `${o.areaId}|${o.breakdown}`;
    const existing = keys.get(id);
    if (existing) existing.count += 1;
    else {
      const area = areas.find((a) => a.id === o.areaId)!;
      const label = o.breakdown ? `${area.name}: ${o.breakdown}` : area.name;
      keys.set(id, { area, breakdown: o.breakdown, label, count: 1 });
    }
  }
  return [...keys.values()].sort(
    (a, b) =>
      Number(b.area.code === "force") - Number(a.area.code === "force") ||
      a.area.position - b.area.position ||
      Number(b.breakdown === "") - Number(a.breakdown === "") ||
      a.breakdown.localeCompare(b.breakdown),
  );
}
