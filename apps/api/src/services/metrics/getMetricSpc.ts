import type { XmrResult } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord, ObservationRecord, ProcessChangeRecord } from "../../data/records.ts";
import { resolvePeriod } from "../periods/resolvePeriod.ts";
import { computeMetricSpc } from "./computeMetricSpc.ts";
import type { MetricReadArgs } from "./MetricReadArgs.ts";
import { selectSeries } from "./selectSeries.ts";

// computeMetricSpc returns the same cached result object while the data is unchanged, so its
// GraphQL shape is built once per result and label set too, not once per request: a dashboard
// would otherwise copy ~1,450 point objects every time.
const shaped = new WeakMap<XmrResult, { labels: string; value: ReturnType<typeof toGraphql> }>();

/** The Metric.spc field: the XmR chart in its GraphQL shape, with process-change labels. */
export async function getMetricSpc(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  args: MetricReadArgs,
) {
  const [period, observations, changes] = await Promise.all([
    resolvePeriod(ctx, args.period),
    ctx.loaders.observationsByMetric.load(metric.id),
    metric.definedProcessChanges ?? ctx.loaders.processChangesByMetric.load(metric.id),
  ]);
  const series = selectSeries(observations, args);
  const result = await computeMetricSpc(ctx, metric, series, period.dataMonth);
  if (!result) return null;
  const labels = changes.map((c) => `${c.month}=${c.label}`).join("|");
  const hit = shaped.get(result);
  if (hit && hit.labels === labels) return hit.value;
  const value = toGraphql(result, changes, illustrativeMonths(series));
  shaped.set(result, { labels, value });
  return value;
}

/** The months whose values are generated, so a signal resting on any of them can say so. */
export function illustrativeMonths(series: ObservationRecord[]): Set<string> {
  return new Set(series.filter((o) => o.illustrative).map((o) => o.periodEnd));
}

function toGraphql(result: XmrResult, changes: ProcessChangeRecord[], illustrative: Set<string>) {
  return {
    ...result,
    signals: result.signals.map((s) => ({ ...s, illustrative: s.periods.some((p) => illustrative.has(p)) })),
    segments: result.segments.map((s) => ({
      ...s,
      label: changes.find((c) => c.month === s.start)?.label ?? null,
    })),
    points: result.points.map((p) => ({ ...p, periodEnd: p.period })),
    compact: toCompact(result),
  };
}

// Built with the points, so it is cached with them: a dashboard asking for compact gets five
// arrays per metric instead of graphql-js resolving every field of every point object.
function toCompact(result: XmrResult) {
  const { points } = result;
  return {
    periods: points.map((p) => p.period),
    values: points.map((p) => p.value),
    special: points.map((p) => p.special),
    signal: points.map((p) => p.signal),
    segmentIndex: points.map((p) => p.segmentIndex),
  };
}
