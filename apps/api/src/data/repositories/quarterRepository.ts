// A quarter's own writes: opening the next one with what it carries forward, and publishing it. Reads
// of periods stay in reportingPeriodRepository (plain SQL, every request); these run in a transaction.
import { monthKeyOf } from "@pcc/domain";
import type { Tx } from "../client.ts";
import type { ReportingPeriod } from "../generated/prisma/client.ts";
import type { ReportingPeriodRecord } from "../records.ts";

const toRecord = (p: ReportingPeriod): ReportingPeriodRecord => ({
  id: p.id,
  code: p.code,
  label: p.label,
  kind: p.kind,
  start: monthKeyOf(p.startDate),
  end: monthKeyOf(p.endDate),
  dataMonth: monthKeyOf(p.dataMonth ?? p.endDate),
  status: p.status,
  publishedAt: p.publishedAt?.toISOString() ?? null,
  openedFromId: p.openedFromId,
  planId: p.planId,
  version: p.version,
});

const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

export interface NewQuarter {
  code: string;
  label: string;
  start: string;
  end: string;
  dataMonth: string;
  planId: number | null;
  openedFromId: number;
}

/** What was carried into a new quarter: each new row's id with the id it was carried from. */
export interface CarriedRow {
  id: number;
  carriedFromId: number;
  priorityId: number;
  text: string;
}

export function quarterWrites(tx: Tx) {
  return {
    async findById(id: number): Promise<ReportingPeriodRecord | null> {
      const row = await tx.reportingPeriod.findUnique({ where: { id } });
      return row ? toRecord(row) : null;
    },

    async findByCode(code: string): Promise<ReportingPeriodRecord | null> {
      const row = await tx.reportingPeriod.findUnique({ where: { code } });
      return row ? toRecord(row) : null;
    },

    /** The quarter opened from this one, if any: each quarter has at most one next. */
    async findOpenedFrom(id: number): Promise<ReportingPeriodRecord | null> {
      const row = await tx.reportingPeriod.findUnique({ where: { openedFromId: id } });
      return row ? toRecord(row) : null;
    },

    async createDraft(q: NewQuarter): Promise<ReportingPeriodRecord> {
      const row = await tx.reportingPeriod.create({
        data: {
          code: q.code,
          label: q.label,
          kind: "QUARTER",
          startDate: monthDate(q.start),
          endDate: monthDate(q.end),
          dataMonth: monthDate(q.dataMonth),
          planId: q.planId,
          openedFromId: q.openedFromId,
          status: "DRAFT",
        },
      });
      return toRecord(row);
    },

    /**
     * Copies the open deliverables of one quarter (not retired, not complete) into another, with their
     * progress, note, due date, start date and place, each linked to the row it was carried from.
     */
    async carryDeliverables(fromId: number, toId: number): Promise<CarriedRow[]> {
      const open = await tx.deliverable.findMany({
        where: { reportingPeriodId: fromId, retiredAt: null, progress: { lt: 100 } },
        orderBy: [{ priorityId: "asc" }, { position: "asc" }, { id: "asc" }],
      });
      const carried: CarriedRow[] = [];
      for (const d of open) {
        const row = await tx.deliverable.create({
          data: {
            priorityId: d.priorityId,
            reportingPeriodId: toId,
            action: d.action,
            due: d.due,
            dueDate: d.dueDate,
            dueDateSource: d.dueDateSource,
            startDate: d.startDate,
            progress: d.progress,
            note: d.note,
            position: d.position,
            carriedFromId: d.id,
          },
        });
        carried.push({ id: row.id, carriedFromId: d.id, priorityId: d.priorityId, text: d.action });
      }
      return carried;
    },

    /** Copies the open risks of one quarter into another, each awaiting an editor's review. */
    async carryRisks(fromId: number, toId: number): Promise<CarriedRow[]> {
      const open = await tx.statement.findMany({
        where: { reportingPeriodId: fromId, kind: "RISK", retiredAt: null },
        orderBy: [{ priorityId: "asc" }, { position: "asc" }, { id: "asc" }],
      });
      const carried: CarriedRow[] = [];
      for (const s of open) {
        const row = await tx.statement.create({
          data: {
            priorityId: s.priorityId,
            reportingPeriodId: toId,
            kind: "RISK",
            text: s.text,
            position: s.position,
            carriedFromId: s.id,
            review: "PENDING",
          },
        });
        carried.push({ id: row.id, carriedFromId: s.id, priorityId: s.priorityId, text: s.text });
      }
      return carried;
    },

    /** Carried risks of a quarter that no editor has reviewed yet, with their priority's number. */
    async findPendingRisks(
      periodId: number,
    ): Promise<{ id: number; priorityNumber: number; text: string }[]> {
      const rows = await tx.statement.findMany({
        where: { reportingPeriodId: periodId, kind: "RISK", review: "PENDING", retiredAt: null },
        orderBy: [{ priorityId: "asc" }, { position: "asc" }],
        include: { priority: { select: { number: true } } },
      });
      return rows.map((r) => ({ id: r.id, priorityNumber: r.priority.number, text: r.text }));
    },

    /** Optimistic concurrency: publishes a draft only if it is still at `expectedVersion`; returns rows changed. */
    async publishIfVersion(id: number, expectedVersion: number, publishedById: number): Promise<number> {
      const { count } = await tx.reportingPeriod.updateMany({
        where: { id, version: expectedVersion, status: "DRAFT" },
        data: { status: "PUBLISHED", publishedAt: new Date(), publishedById, version: { increment: 1 } },
      });
      return count;
    },
  };
}

export type QuarterWrites = ReturnType<typeof quarterWrites>;
