import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord, ObservationRecord } from "../../data/records.ts";
import { resolvePeriod } from "../periods/resolvePeriod.ts";
import type { MetricReadArgs } from "./MetricReadArgs.ts";
import { selectSeries } from "./selectSeries.ts";

export interface ObservationFilter {
  from?: string | null;
  to?: string | null;
  area?: string | null;
  breakdown?: string | null;
}

/** Observations filtered by period range (on periodEnd) and area/breakdown, oldest first. */
export async function listObservations(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  filter: ObservationFilter,
): Promise<ObservationRecord[]> {
  const all = await ctx.loaders.observationsByMetric.load(metric.id);
  return all.filter(
    (o) =>
      (!filter.from || o.periodEnd >= filter.from) &&
      (!filter.to || o.periodEnd <= filter.to) &&
      (filter.area == null || o.area === filter.area) &&
      (filter.breakdown == null || o.breakdown === filter.breakdown),
  );
}

type SeriesArrays = ReturnType<typeof toArrays>;

// Built once per observation list (the cached one of the data version) and filter, and kept beside
// that list like the series picked from it (selectSeries.ts): a dashboard asks for every metric's.
const arraysOf = new WeakMap<ObservationRecord[], Map<string, SeriesArrays>>();

/**
 * The series as parallel arrays (arrays are several times smaller and faster for charts than
 * objects). Shared between requests: never changed.
 */
export async function getSeries(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  filter: ObservationFilter,
): Promise<SeriesArrays> {
  const all = await ctx.loaders.observationsByMetric.load(metric.id);
  let byFilter = arraysOf.get(all);
  if (!byFilter) {
    byFilter = new Map();
    arraysOf.set(all, byFilter);
  }
  const key = JSON.stringify([
    filter.from ?? null,
    filter.to ?? null,
    filter.area ?? null,
    filter.breakdown ?? null,
  ]);
  let arrays = byFilter.get(key);
  if (!arrays) {
    arrays = toArrays(all, filter);
    byFilter.set(key, arrays);
  }
  return arrays;
}

function toArrays(all: ObservationRecord[], filter: ObservationFilter) {
  const series = selectSeries(all, filter).filter(
    (o) => (!filter.from || o.periodEnd >= filter.from) && (!filter.to || o.periodEnd <= filter.to),
  );
  return {
    area: series[0]?.area ?? filter.area ?? "force",
    breakdown: series[0]?.breakdown ?? filter.breakdown ?? "",
    periods: series.map((o) => o.periodEnd),
    values: series.map((o) => o.value),
    lower: series.map((o) => o.lower),
    upper: series.map((o) => o.upper),
    illustrative: series.map((o) => o.illustrative),
  };
}

/** The headline (or chosen) series' latest observation at or before the period's data month. */
export async function getLatestObservation(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  args: MetricReadArgs,
): Promise<ObservationRecord | null> {
  const [period, all] = await Promise.all([
    resolvePeriod(ctx, args.period),
    ctx.loaders.observationsByMetric.load(metric.id),
  ]);
  const upTo = selectSeries(all, args).filter((o) => o.periodEnd <= period.dataMonth);
  return upTo.at(-1) ?? null;
}
