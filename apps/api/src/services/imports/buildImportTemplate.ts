import type { Repositories } from "../../context.ts";
import { notFound } from "../../errors.ts";
import type { ExportSheet } from "../exports/exportTypes.ts";
import { benchmarkImport } from "./benchmarkImport.ts";
import { DEFAULT_AREA } from "./checkObservationRecord.ts";
import { nextMonthToLoad } from "./nextMonthToLoad.ts";
import { observationImport } from "./observationImport.ts";

/**
 * A template to fill in for a scorecard's monthly load: the header and one row per metric
 * (observations: force-wide; benchmarks: one per comparator already benchmarked, else one with
 * the comparator to fill), dated the month after the latest loaded, values left blank.
 */
export async function buildImportTemplate(
  repos: Pick<Repositories, "imports">,
  request: { scorecardId: number; kind: "OBSERVATIONS" | "BENCHMARKS"; asOf: Date },
): Promise<ExportSheet> {
  const metrics = await repos.imports.findScorecardTemplateMetrics(request.scorecardId);
  if (!metrics) throw notFound("Scorecard", request.scorecardId);
  if (request.kind === "OBSERVATIONS") {
    const rows = metrics.map((metric) => {
      const month = nextMonthToLoad(metric.latestObservationMonth, request.asOf);
      return { metric: metric.metricId, area: DEFAULT_AREA, period_start: month, period_end: month };
    });
    return { name: "Observations", columns: observationImport.columns, rows };
  }
  const rows = metrics.flatMap((metric) => {
    const known = metric.benchmarks.length > 0 ? metric.benchmarks : [{ comparator: "", latestMonth: null }];
    return known.map(({ comparator, latestMonth }) => {
      const month = nextMonthToLoad(latestMonth, request.asOf);
      return { metric: metric.metricId, comparator, period_start: month, period_end: month };
    });
  });
  return { name: "Benchmarks", columns: benchmarkImport.columns, rows };
}
