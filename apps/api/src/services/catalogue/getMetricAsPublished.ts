import { definitionAt } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord } from "../../data/records.ts";
import { getMetric } from "../metrics/metricLookups.ts";
import { applyDefinition } from "./applyDefinition.ts";

// A quarter marked published without a time (transcribed before publishing was recorded) was
// published before any change made in the app: it shows the definitions dated at the epoch.
const EPOCH = new Date(0).toISOString();

/**
 * A metric as a period shows it. A published quarter shows the definition it was published with:
 * the saved version current at its publishedAt. A draft, a bare month, no period, or a metric
 * defined after the publication shows today's definition.
 */
export async function getMetricAsPublished(
  ctx: Pick<GraphQLContext, "loaders" | "repos">,
  id: string,
  period: string | null | undefined,
): Promise<MetricRecord | null> {
  const metric = await getMetric(ctx, id);
  if (!metric || !period) return metric;
  const publication = await ctx.repos.metricCatalogue.findPublication(period);
  if (publication?.status !== "PUBLISHED") return metric;
  const definitions = await ctx.repos.metricCatalogue.findDefinitions([id]);
  const saved = definitionAt(definitions, publication.publishedAt ?? EPOCH);
  return saved ? applyDefinition(metric, saved) : metric;
}
