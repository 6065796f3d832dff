import type { Database } from "../db.ts";

export interface TemplateMetric {
  metricId: string;
  /** YYYY-MM of the latest force-wide observation, or null when none is stored yet. */
  latestObservationMonth: string | null;
  /** Comparators already benchmarked for the metric, with their latest month. */
  benchmarks: { comparator: string; latestMonth: string }[];
}

/**
 * The metrics of a scorecard in the order the report shows them (section, then position in
 * section), with the latest month loaded for each; null when the scorecard does not exist.
 */
export async function findScorecardTemplateMetrics(
  db: Database,
  scorecardId: number,
): Promise<TemplateMetric[] | null> {
  const scorecard = await db.prisma.scorecard.findUnique({
    where: { id: scorecardId },
    select: { id: true },
  });
  if (!scorecard) return null;
  const metrics = await db.prisma.$queryRaw<{ metricId: string; latest: string | null }[]>`
    SELECT sm."metricId", (SELECT to_char(max(o."periodEnd"), 'YYYY-MM') FROM "Observation" o
                            JOIN "Area" a ON a.id = o."areaId"
                            WHERE o."metricId" = sm."metricId" AND a.code = 'force' AND o.breakdown = '') AS latest
    FROM "SectionMetric" sm JOIN "ScorecardSection" s ON s.id = sm."sectionId"
    WHERE s."scorecardId" = ${scorecardId}
    ORDER BY s.position, sm.position`;
  const benchmarks = await db.prisma.$queryRaw<{ metricId: string; comparator: string; latest: string }[]>`
    SELECT b."metricId", c.code AS comparator, to_char(max(b."periodEnd"), 'YYYY-MM') AS latest
    FROM "Benchmark" b JOIN "Comparator" c ON c.id = b."comparatorId"
    WHERE b."metricId" = ANY(${metrics.map((metric) => metric.metricId)}::text[])
    GROUP BY b."metricId", c.code ORDER BY c.code`;
  const seen = new Set<string>();
  return metrics
    .filter((metric) => !seen.has(metric.metricId) && seen.add(metric.metricId))
    .map((metric) => ({
      metricId: metric.metricId,
      latestObservationMonth: metric.latest,
      benchmarks: benchmarks
        .filter((row) => row.metricId === metric.metricId)
        .map((row) => ({ comparator: row.comparator, latestMonth: row.latest })),
    }));
}
