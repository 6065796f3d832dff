// The first-run setup's writes, with the reads their checks depend on, inside one transaction.
import { monthStart } from "@pcc/domain";
import type { Tx } from "../client.ts";
import type {
  ComparatorRecord,
  GlossaryTermRecord,
  MostSimilarGroupRecord,
  PlanRecord,
  PriorityRecord,
  ReportingPeriodRecord,
  ScorecardRecord,
} from "../records.ts";
import {
  toComparatorRecord,
  toGlossaryTermRecord,
  toMostSimilarGroupRecord,
  toPlanRecord,
  toPriorityRecord,
  toQuarterRecord,
  toScorecardRecord,
} from "./setupRecords.ts";

const dayOf = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export function setupWrites(tx: Tx) {
  return {
    async findHomeForce(): Promise<ComparatorRecord | null> {
      const force = await tx.comparator.findFirst({ where: { isHomeForce: true } });
      return force ? toComparatorRecord(force) : null;
    },

    async findComparators(codes: string[]): Promise<ComparatorRecord[]> {
      const rows = await tx.comparator.findMany({ where: { code: { in: codes } } });
      return rows.map(toComparatorRecord);
    },

    async findAreaCodes(codes: string[]): Promise<string[]> {
      const rows = await tx.area.findMany({ where: { code: { in: codes } }, select: { code: true } });
      return rows.map((row) => row.code);
    },

    /** The home force and its areas, in the order given (the force-wide area at position 0). */
    async createForce(force: { code: string; name: string; areas: { code: string; name: string }[] }) {
      const created = await tx.comparator.create({
        data: { code: force.code, name: force.name, kind: "FORCE", isHomeForce: true },
      });
      await tx.area.createMany({ data: force.areas.map((area, position) => ({ ...area, position })) });
      return toComparatorRecord(created);
    },

    async createComparator(data: {
      code: string;
      name: string;
      kind: ComparatorRecord["kind"];
      population: number | null;
      populationYear: number | null;
    }): Promise<ComparatorRecord> {
      return toComparatorRecord(await tx.comparator.create({ data }));
    },

    async findPlan(): Promise<PlanRecord | null> {
      const plan = await tx.plan.findFirst({ orderBy: { startYear: "desc" }, include: { force: true } });
      return plan ? toPlanRecord(plan) : null;
    },

    async createPlan(data: {
      code: string;
      title: string;
      forceId: number;
      startYear: number;
      endYear: number;
    }): Promise<PlanRecord> {
      return toPlanRecord(await tx.plan.create({ data, include: { force: true } }));
    },

    async findPriority(planId: number, number: number): Promise<PriorityRecord | null> {
      const priority = await tx.priority.findUnique({ where: { planId_number: { planId, number } } });
      return priority ? toPriorityRecord(priority) : null;
    },

    async createPriority(data: { planId: number; number: number; title: string }): Promise<PriorityRecord> {
      return toPriorityRecord(await tx.priority.create({ data }));
    },

    async renamePriority(id: number, title: string): Promise<PriorityRecord> {
      return toPriorityRecord(await tx.priority.update({ where: { id }, data: { title } }));
    },

    async hasMostSimilarGroup(homeForceId: number, publisher: string, validFrom: string): Promise<boolean> {
      const found = await tx.mostSimilarGroup.findUnique({
        where: { homeForceId_publisher_validFrom: { homeForceId, publisher, validFrom: dayOf(validFrom) } },
      });
      return found !== null;
    },

    async createMostSimilarGroup(data: {
      homeForceId: number;
      publisher: string;
      label: string;
      validFrom: string;
      note: string | null;
      memberIds: number[];
    }): Promise<MostSimilarGroupRecord> {
      const { memberIds, validFrom, ...rest } = data;
      const group = await tx.mostSimilarGroup.create({
        data: {
          ...rest,
          validFrom: dayOf(validFrom),
          members: { create: memberIds.map((comparatorId) => ({ comparatorId })) },
        },
        include: { members: { select: { comparatorId: true } } },
      });
      return toMostSimilarGroupRecord(group);
    },

    async findGlossaryTerm(acronym: string): Promise<GlossaryTermRecord | null> {
      const term = await tx.glossaryTerm.findUnique({ where: { acronym } });
      return term ? toGlossaryTermRecord(term) : null;
    },

    async createGlossaryTerm(acronym: string, meaning: string): Promise<GlossaryTermRecord> {
      return toGlossaryTermRecord(await tx.glossaryTerm.create({ data: { acronym, meaning } }));
    },

    async updateGlossaryTerm(acronym: string, meaning: string): Promise<GlossaryTermRecord> {
      return toGlossaryTermRecord(await tx.glossaryTerm.update({ where: { acronym }, data: { meaning } }));
    },

    async findQuarterOfPlan(planId: number): Promise<ReportingPeriodRecord | null> {
      const quarter = await tx.reportingPeriod.findFirst({ where: { planId, kind: "QUARTER" } });
      return quarter ? toQuarterRecord(quarter) : null;
    },

    async hasPeriodCode(code: string): Promise<boolean> {
      return (await tx.reportingPeriod.findUnique({ where: { code }, select: { id: true } })) !== null;
    },

    /** A reporting quarter that starts as a draft, so readers see nothing of it until it is published. */
    async createDraftQuarter(data: {
      planId: number;
      code: string;
      label: string;
      start: string;
      end: string;
      dataMonth: string;
    }): Promise<ReportingPeriodRecord> {
      const quarter = await tx.reportingPeriod.create({
        data: {
          planId: data.planId,
          code: data.code,
          label: data.label,
          kind: "QUARTER",
          status: "DRAFT",
          startDate: monthStart(data.start),
          endDate: monthStart(data.end),
          dataMonth: monthStart(data.dataMonth),
        },
      });
      return toQuarterRecord(quarter);
    },

    async findScorecardTitle(priorityId: number, title: string): Promise<boolean> {
      const found = await tx.scorecard.findUnique({ where: { priorityId_title: { priorityId, title } } });
      return found !== null;
    },

    /** After the priority's existing scorecards. */
    async createScorecard(data: {
      priorityId: number;
      title: string;
      kind: ScorecardRecord["kind"];
    }): Promise<ScorecardRecord> {
      const last = await tx.scorecard.aggregate({
        where: { priorityId: data.priorityId },
        _max: { position: true },
      });
      const position = (last._max.position ?? -1) + 1;
      return toScorecardRecord(await tx.scorecard.create({ data: { ...data, position } }));
    },
  };
}

export type SetupWrites = ReturnType<typeof setupWrites>;
