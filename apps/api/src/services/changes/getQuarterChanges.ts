import { type CarriedLink, type QuarterChange, quarterChanges } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import type { ReportingPeriodRecord } from "../../data/records.ts";
import { AppError } from "../../errors.ts";
import { listMetrics } from "../metrics/metricLookups.ts";
import { resolvePeriod } from "../periods/resolvePeriod.ts";
import { listPriorities } from "../priorities/listPriorities.ts";
import { snapshotQuarter } from "./snapshotQuarter.ts";

/** One change, with the priority its deliverable or risk belongs to (for its link). */
export type QuarterChangeView = QuarterChange & { priorityNumber: number | null };

export interface QuarterChangesView {
  /** Null for the plan's first quarter, which has nothing to compare with. */
  from: ReportingPeriodRecord | null;
  to: ReportingPeriodRecord;
  changes: QuarterChangeView[];
}

/**
 * What changed from one quarter to a later one: by default from the quarter before `period` (the
 * current quarter when none is given); `since` names any earlier quarter instead.
 */
export async function getQuarterChanges(
  ctx: Pick<GraphQLContext, "repos" | "loaders">,
  args: { period?: string | null; since?: string | null },
): Promise<QuarterChangesView> {
  const to = await resolvePeriod(ctx, args.period);
  const quarters = (await ctx.loaders.reportingPeriods.load("all")).filter((p) => p.kind === "QUARTER");
  if (to.kind !== "QUARTER") throw badInput("period", `${to.label} is a month, not a reporting quarter`);
  const from = args.since ? await resolvePeriod(ctx, args.since) : quarterBefore(quarters, to);
  if (!from) return { from: null, to, changes: [] };
  if (from.kind !== "QUARTER" || from.start >= to.start) {
    throw badInput("since", `${from.label} is not a reporting quarter before ${to.label}`);
  }
  const priorities = await listPriorities(ctx);
  const [metrics, deliverables, statements] = await Promise.all([
    listMetrics(ctx),
    ctx.repos.deliverables.list(),
    ctx.repos.statements.findByPriorityIds(priorities.map((p) => p.id)),
  ]);
  const items = { metrics, deliverables, statements };
  const [earlier, later] = await Promise.all([
    snapshotQuarter(ctx, from, items),
    snapshotQuarter(ctx, to, items),
  ]);
  const betweenIds = new Set(
    quarters.filter((q) => q.start > from.start && q.start < to.start).map((q) => q.id),
  );
  const between: CarriedLink[] = [...deliverables, ...statements]
    .filter((row) => betweenIds.has(row.reportingPeriodId))
    .map((row) => ({
      id: String(row.id),
      carriedFromId: row.carriedFromId === null ? null : String(row.carriedFromId),
    }));
  const priorityOf = new Map<string, number>([
    ...deliverables.map((d) => [`d${d.id}`, d.priorityNumber] as const),
    ...statements.map((s) => [`r${s.id}`, s.priorityNumber] as const),
  ]);
  const changes = quarterChanges(earlier, later, between).map((change) => ({
    ...change,
    priorityNumber:
      "deliverableId" in change
        ? (priorityOf.get(`d${change.deliverableId}`) ?? null)
        : "riskId" in change
          ? (priorityOf.get(`r${change.riskId}`) ?? null)
          : null,
  }));
  return { from, to, changes };
}

/** The quarter a quarter follows: the newest that starts before it. */
function quarterBefore(quarters: ReportingPeriodRecord[], quarter: ReportingPeriodRecord) {
  return (
    quarters.filter((q) => q.start < quarter.start).sort((a, b) => b.start.localeCompare(a.start))[0] ?? null
  );
}

function badInput(field: string, message: string): AppError {
  return new AppError("BAD_USER_INPUT", message, { field });
}
