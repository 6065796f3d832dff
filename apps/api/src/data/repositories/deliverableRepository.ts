import { isoDateOf as toIsoDate } from "@pcc/domain";
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
  due: d.dueText,
  dueDate: d.dueDate ? toIsoDate(d.dueDate) : null,
  progress: d.progress,
  note: d.note,
  position: d.position,
  retired: d.retiredAt !== null,
  version: d.version,
  updatedAt: d.updatedAt.toISOString(),
});

const ordered = [{ position: "asc" }, { id: "asc" }] satisfies Prisma.DeliverableOrderByWithRelationInput[];

export async function findDeliverablesByPriorityIds(
  db: DbClient,
  priorityIds: readonly number[],
): Promise<DeliverableRecord[]> {
  const rows = await db.deliverable.findMany({
    where: { priorityId: { in: [...priorityIds] } },
    orderBy: ordered,
    include: withPriority,
  });
  return rows.map(toRecord);
}

export async function listDeliverables(db: DbClient): Promise<DeliverableRecord[]> {
  const rows = await db.deliverable.findMany({
    orderBy: [{ priorityId: "asc" }, ...ordered],
    include: withPriority,
  });
  return rows.map(toRecord);
}

export async function findDeliverableById(db: DbClient, id: number): Promise<DeliverableRecord | null> {
  const row = await db.deliverable.findUnique({ where: { id }, include: withPriority });
  return row ? toRecord(row) : null;
}

export async function nextDeliverablePosition(db: DbClient, priorityId: number): Promise<number> {
  const top = await db.deliverable.aggregate({ where: { priorityId }, _max: { position: true } });
  return (top._max.position ?? -1) + 1;
}

export async function createDeliverable(
  tx: Tx,
  data: Prisma.DeliverableUncheckedCreateInput,
): Promise<DeliverableRecord> {
  return toRecord(await tx.deliverable.create({ data, include: withPriority }));
}

/** Optimistic concurrency: changes the row only if it is still at `expectedVersion`; returns rows changed. */
export async function updateDeliverableIfVersion(
  tx: Tx,
  id: number,
  expectedVersion: number,
  data: {
    progress?: number;
    note?: string | null;
    dueText?: string;
    dueDate?: Date | null;
    retiredAt?: Date;
  },
): Promise<number> {
  const { count } = await tx.deliverable.updateMany({
    where: { id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  return count;
}
