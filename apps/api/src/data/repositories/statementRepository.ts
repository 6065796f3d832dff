import type { DbClient, Tx } from "../client.ts";
import type { Prisma, Statement } from "../generated/prisma/client.ts";
import type { RiskReviewValue, StatementKindValue, StatementRecord } from "../records.ts";

type Row = Statement & { priority: { number: number } };
const withPriority = { priority: { select: { number: true } } } as const;

const toRecord = (s: Row): StatementRecord => ({
  id: s.id,
  priorityId: s.priorityId,
  priorityNumber: s.priority.number,
  reportingPeriodId: s.reportingPeriodId,
  kind: s.kind,
  text: s.text,
  position: s.position,
  retired: s.retiredAt !== null,
  carriedFromId: s.carriedFromId,
  review: s.review,
  version: s.version,
  updatedAt: s.updatedAt.toISOString(),
});

const ordered = [{ position: "asc" }, { id: "asc" }] satisfies Prisma.StatementOrderByWithRelationInput[];

/** One priority's statements of one kind in one period: the list an editor reorders. */
export interface StatementList {
  priorityId: number;
  reportingPeriodId: number;
  kind: StatementKindValue;
}

export interface StatementRowChanges {
  text?: string;
  retiredAt?: Date | null;
  position?: number;
  review?: RiskReviewValue;
}

export function statementRepository(db: DbClient) {
  return {
    async findByPriorityIds(priorityIds: readonly number[]): Promise<StatementRecord[]> {
      const rows = await db.statement.findMany({
        where: { priorityId: { in: [...priorityIds] } },
        orderBy: ordered,
        include: withPriority,
      });
      return rows.map(toRecord);
    },
  };
}

/** A statement's reads and writes inside one transaction. */
export function statementWrites(tx: Tx) {
  return {
    async findById(id: number): Promise<StatementRecord | null> {
      const row = await tx.statement.findUnique({ where: { id }, include: withPriority });
      return row ? toRecord(row) : null;
    },

    async findList(list: StatementList): Promise<StatementRecord[]> {
      const rows = await tx.statement.findMany({ where: list, orderBy: ordered, include: withPriority });
      return rows.map(toRecord);
    },

    async create(data: Prisma.StatementUncheckedCreateInput): Promise<StatementRecord> {
      return toRecord(await tx.statement.create({ data, include: withPriority }));
    },

    /** Optimistic concurrency: changes the row only if it is still at `expectedVersion`; returns rows changed. */
    async updateIfVersion(id: number, expectedVersion: number, data: StatementRowChanges): Promise<number> {
      const { count } = await tx.statement.updateMany({
        where: { id, version: expectedVersion },
        data: { ...data, version: { increment: 1 } },
      });
      return count;
    },

    /** Moves the rows at and after `fromPosition` one down, to make room for a new one. */
    async shiftFrom(list: StatementList, fromPosition: number): Promise<void> {
      await tx.statement.updateMany({
        where: { ...list, position: { gte: fromPosition } },
        data: { position: { increment: 1 } },
      });
    },

    // Position is not what an editor's text edit conflicts with, so reordering leaves versions alone.
    async setPosition(id: number, position: number): Promise<void> {
      await tx.statement.update({ where: { id }, data: { position } });
    },
  };
}

export type StatementRepository = ReturnType<typeof statementRepository>;
export type StatementWrites = ReturnType<typeof statementWrites>;
