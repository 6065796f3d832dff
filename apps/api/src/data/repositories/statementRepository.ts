import type { DbClient, Tx } from "../client.ts";
import type { Prisma, Statement } from "../generated/prisma/client.ts";
import type { StatementKindValue, StatementRecord } from "../records.ts";

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
  version: s.version,
  updatedAt: s.updatedAt.toISOString(),
});

export async function findStatementsByPriorityIds(
  db: DbClient,
  priorityIds: readonly number[],
): Promise<StatementRecord[]> {
  const rows = await db.statement.findMany({
    where: { priorityId: { in: [...priorityIds] } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: withPriority,
  });
  return rows.map(toRecord);
}

export async function findStatementById(db: DbClient, id: number): Promise<StatementRecord | null> {
  const row = await db.statement.findUnique({ where: { id }, include: withPriority });
  return row ? toRecord(row) : null;
}

export async function findStatementList(
  db: DbClient,
  where: { priorityId: number; reportingPeriodId: number; kind: StatementKindValue },
): Promise<StatementRecord[]> {
  const rows = await db.statement.findMany({
    where,
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: withPriority,
  });
  return rows.map(toRecord);
}

export async function createStatement(
  tx: Tx,
  data: Prisma.StatementUncheckedCreateInput,
): Promise<StatementRecord> {
  return toRecord(await tx.statement.create({ data, include: withPriority }));
}

/** Optimistic concurrency: changes the row only if it is still at `expectedVersion`; returns rows changed. */
export async function updateStatementIfVersion(
  tx: Tx,
  id: number,
  expectedVersion: number,
  data: { text?: string; retiredAt?: Date | null; position?: number },
): Promise<number> {
  const { count } = await tx.statement.updateMany({
    where: { id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  return count;
}

/** Moves every row below the others so a reorder writes a gap-free 0..n-1 sequence. */
export async function shiftStatementsFrom(
  tx: Tx,
  where: { priorityId: number; reportingPeriodId: number; kind: StatementKindValue },
  fromPosition: number,
): Promise<void> {
  await tx.statement.updateMany({
    where: { ...where, position: { gte: fromPosition } },
    data: { position: { increment: 1 } },
  });
}

// Position is not what an editor's text edit conflicts with, so reordering leaves versions alone.
export async function setStatementPosition(tx: Tx, id: number, position: number): Promise<void> {
  await tx.statement.update({ where: { id }, data: { position } });
}
