import { isoDateOf } from "@pcc/domain";
import type { DbClient, Tx } from "../client.ts";
import type { Deliverable, Prisma } from "../generated/prisma/client.ts";
import type { DeliverableRecord } from "../records.ts";

type Row = Deliverable & { priority: { number: number } };
const withPriority = { priority: { select: { number: true } } } as const;

const toRecord = (d: Row): DeliverableRecord => ({
  id: d.id,
  priorityId: d.priorityId,
  priorityNumber: d.priority.number,
  reportingPeriodId: d.reportingPeriodId,
  action: d.action,
  due: d.due,
  dueDate: d.dueDate ? isoDateOf(d.dueDate) : null,
  dueDateSource: d.dueDateSource,
  startDate: d.startDate ? isoDateOf(d.startDate) : null,
  progress: d.progress,
  note: d.note,
  position: d.position,
  retired: d.retiredAt !== null,
  carriedFromId: d.carriedFromId,
  version: d.version,
  updatedAt: d.updatedAt.toISOString(),
});

const ordered = [{ position: "asc" }, { id: "asc" }] satisfies Prisma.DeliverableOrderByWithRelationInput[];

// Shared by reads outside a transaction and the read-modify-write inside one: one reader per question.
async function findById(db: DbClient, id: number): Promise<DeliverableRecord | null> {
  const row = await db.deliverable.findUnique({ where: { id }, include: withPriority });
  return row ? toRecord(row) : null;
}

export interface DeliverableRowChanges {
  progress?: number;
  note?: string | null;
  due?: string;
  dueDate?: Date | null;
  dueDateSource?: "PARSED" | "EDITOR";
  retiredAt?: Date;
}

export function deliverableRepository(db: DbClient) {
  return {
    async findByPriorityIds(priorityIds: readonly number[]): Promise<DeliverableRecord[]> {
      const rows = await db.deliverable.findMany({
        where: { priorityId: { in: [...priorityIds] } },
        orderBy: ordered,
        include: withPriority,
      });
      return rows.map(toRecord);
    },

    /** Every deliverable, by priority then position. */
    async list(): Promise<DeliverableRecord[]> {
      const rows = await db.deliverable.findMany({
        orderBy: [{ priorityId: "asc" }, ...ordered],
        include: withPriority,
      });
      return rows.map(toRecord);
    },

    findById: (id: number) => findById(db, id),
  };
}

/** A deliverable's reads and writes inside one transaction. */
export function deliverableWrites(tx: Tx) {
  return {
    findById: (id: number) => findById(tx, id),

    async nextPosition(priorityId: number): Promise<number> {
      const top = await tx.deliverable.aggregate({ where: { priorityId }, _max: { position: true } });
      return (top._max.position ?? -1) + 1;
    },

    async create(data: Prisma.DeliverableUncheckedCreateInput): Promise<DeliverableRecord> {
      return toRecord(await tx.deliverable.create({ data, include: withPriority }));
    },

    /** Optimistic concurrency: changes the row only if it is still at `expectedVersion`; returns rows changed. */
    async updateIfVersion(
      id: number,
      expectedVersion: number,
      changes: DeliverableRowChanges,
    ): Promise<number> {
      const { count } = await tx.deliverable.updateMany({
        where: { id, version: expectedVersion },
        data: { ...changes, version: { increment: 1 } },
      });
      return count;
    },
  };
}

export type DeliverableRepository = ReturnType<typeof deliverableRepository>;
export type DeliverableWrites = ReturnType<typeof deliverableWrites>;
