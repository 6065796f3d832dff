import { deliverableStatus } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import type { PriorityRecord } from "../../data/records.ts";
import { statusDate } from "../deliverables/statusDate.ts";
import { assessMetric } from "../metrics/assessMetric.ts";
import { resolvePeriod } from "../periods/resolvePeriod.ts";
import { resolveQuarter } from "../periods/resolveQuarter.ts";
import { listPriorityMetrics } from "./listScorecards.ts";
import { listStatements } from "./listStatements.ts";

/** Headline counts for a priority's overview card. */
export async function summarisePriority(
  ctx: Pick<GraphQLContext, "loaders">,
  priority: PriorityRecord,
  periodCode?: string | null,
) {
  const [period, quarter] = await Promise.all([
    resolvePeriod(ctx, periodCode),
    resolveQuarter(ctx, periodCode),
  ]);
  const [metrics, deliverables, risks, asAt] = await Promise.all([
    listPriorityMetrics(ctx, priority.id),
    ctx.loaders.deliverablesByPriority.load(priority.id),
    listStatements(ctx, priority.id, "RISK", { period: periodCode }),
    statusDate(ctx, periodCode),
  ]);
  const assessed = await Promise.all(metrics.map((m) => assessMetric(ctx, m, period)));
  // As at the period's end, like the deliverables table beside it, so the two counts agree.
  const statuses = deliverables
    .filter((d) => !d.retired && d.reportingPeriodId === quarter.id)
    .map((d) => deliverableStatus(d, asAt));
  const count = (s: string) => statuses.filter((x) => x === s).length;
  return {
    metricCount: metrics.length,
    concernCount: assessed.filter((a) => a.isConcern).length,
    improvementCount: assessed.filter((a) => a.isImprovement).length,
    slaBreachCount: assessed.filter((a) => a.isTargetMissed).length,
    deliverablesComplete: count("COMPLETE"),
    deliverablesOnTrack: count("ON_TRACK"),
    deliverablesAtRisk: count("AT_RISK"),
    deliverablesOverdue: count("OVERDUE"),
    openRiskCount: risks.length,
  };
}
