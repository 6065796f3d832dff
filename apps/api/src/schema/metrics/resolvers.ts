import { listBenchmarks } from "../../services/benchmarking/benchmarkQueries.ts";
import { getBenchmarkPosition } from "../../services/benchmarking/getBenchmarkPosition.ts";
import { getMetricAsPublished } from "../../services/catalogue/getMetricAsPublished.ts";
import { correctObservation } from "../../services/metrics/correctObservation.ts";
import { getComparisons } from "../../services/metrics/getComparisons.ts";
import { getMetricChange } from "../../services/metrics/getMetricChange.ts";
import { getMetricSpc } from "../../services/metrics/getMetricSpc.ts";
import { getNarrative } from "../../services/metrics/getNarrative.ts";
import { getTargetStanding } from "../../services/metrics/getTargetStanding.ts";
import { listExceptions } from "../../services/metrics/listExceptions.ts";
import {
  getLatestObservation,
  getSeries,
  listObservations,
} from "../../services/metrics/listObservations.ts";
import { listSeriesKeys } from "../../services/metrics/listSeriesKeys.ts";
import { getMetricPlacement, listMetrics, listRelatedMetrics } from "../../services/metrics/metricLookups.ts";
import { recordObservation } from "../../services/metrics/recordObservation.ts";
import { saveNarrative } from "../../services/metrics/saveNarrative.ts";
import { asResult } from "../base/asResult.ts";
import type { Resolvers } from "../resolvers-types.ts";

export const metricsResolvers: Resolvers = {
  Query: {
    metrics: (_p, { search }, ctx) => listMetrics(ctx, search),
    metric: (_p, { id, period }, ctx) => getMetricAsPublished(ctx, id, period),
    exceptions: (_p, { period }, ctx) => listExceptions(ctx, period),
  },
  Metric: {
    related: (metric, _a, ctx) => listRelatedMetrics(ctx, metric),
    priorityNumber: async (metric, _a, ctx) =>
      (await getMetricPlacement(ctx, metric))?.priorityNumber ?? null,
    sectionTitle: async (metric, _a, ctx) => (await getMetricPlacement(ctx, metric))?.sectionTitle ?? null,
    processChanges: (metric, _a, ctx) =>
      metric.definedProcessChanges ?? ctx.loaders.processChangesByMetric.load(metric.id),
    seriesKeys: (metric, _a, ctx) => listSeriesKeys(ctx, metric),
    observations: (metric, args, ctx) => listObservations(ctx, metric, args),
    series: (metric, args, ctx) => getSeries(ctx, metric, args),
    latest: (metric, args, ctx) => getLatestObservation(ctx, metric, args),
    benchmarks: (metric, args, ctx) => listBenchmarks(ctx, metric, args),
    benchmarkPosition: (metric, { period }, ctx) => getBenchmarkPosition(ctx, metric, period),
    spc: (metric, args, ctx) => getMetricSpc(ctx, metric, args),
    comparisons: (metric, args, ctx) => getComparisons(ctx, metric, args),
    change: (metric, args, ctx) => getMetricChange(ctx, metric, args),
    targetStanding: (metric, args, ctx) => getTargetStanding(ctx, metric, args),
    narrative: (metric, { period }, ctx) => getNarrative(ctx, metric, period),
  },
  Observation: {
    id: (observation) => String(observation.id),
  },
  MetricException: {
    priorityNumber: (exception) => exception.priorityNumber,
  },
  Mutation: {
    recordObservation: (_p, { input }, ctx) => asResult("observation", () => recordObservation(ctx, input)),
    correctObservation: (_p, { id, input, expectedVersion }, ctx) =>
      asResult("observation", () => correctObservation(ctx, id, input, expectedVersion)),
    acceptNarrative: (_p, args, ctx) => asResult("sentence", () => saveNarrative(ctx, args)),
    editNarrative: (_p, args, ctx) => asResult("sentence", () => saveNarrative(ctx, args)),
  },
};
