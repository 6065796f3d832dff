// What the first-run setup needs to know about a new install: a few counts and the records the
// setup page shows. Read whole, since each table is small until the plan is under way.
import type { DbClient } from "../client.ts";
import type { ComparatorRecord, PlanRecord, ReportingPeriodRecord } from "../records.ts";
import { toComparatorRecord, toPlanRecord, toQuarterRecord } from "./setupRecords.ts";

export interface SetupFacts {
  homeForce: ComparatorRecord | null;
  areaCount: number;
  plan: PlanRecord | null;
  priorityCount: number;
  scorecardCount: number;
  /** Comparators other than the home force. */
  comparatorCount: number;
  mostSimilarGroupCount: number;
  glossaryCount: number;
  firstQuarter: ReportingPeriodRecord | null;
}

export function setupRepository(db: DbClient) {
  return {
    async readFacts(): Promise<SetupFacts> {
      const [homeForce, plan] = await Promise.all([
        db.comparator.findFirst({ where: { isHomeForce: true }, orderBy: { id: "asc" } }),
        db.plan.findFirst({ orderBy: { startYear: "desc" }, include: { force: true } }),
      ]);
      const planId = plan?.id ?? -1;
      const [areaCount, priorityCount, scorecardCount, comparatorCount, groupCount, glossaryCount, quarter] =
        await Promise.all([
          db.area.count(),
          db.priority.count({ where: { planId } }),
          db.scorecard.count({ where: { priority: { planId } } }),
          db.comparator.count({ where: { isHomeForce: false } }),
          db.mostSimilarGroup.count(),
          db.glossaryTerm.count(),
          db.reportingPeriod.findFirst({ where: { planId, kind: "QUARTER" }, orderBy: { startDate: "asc" } }),
        ]);
      return {
        homeForce: homeForce ? toComparatorRecord(homeForce) : null,
        areaCount,
        plan: plan ? toPlanRecord(plan) : null,
        priorityCount,
        scorecardCount,
        comparatorCount,
        mostSimilarGroupCount: groupCount,
        glossaryCount,
        firstQuarter: quarter ? toQuarterRecord(quarter) : null,
      };
    },
  };
}

export type SetupRepository = ReturnType<typeof setupRepository>;
