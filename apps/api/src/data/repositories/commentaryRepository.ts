import type { DbClient, Tx } from "../client.ts";
import type { Prisma, SectionCommentary } from "../generated/prisma/client.ts";
import type { CommentaryRecord } from "../records.ts";

const toRecord = (c: SectionCommentary): CommentaryRecord => ({
  id: c.id,
  sectionId: c.sectionId,
  reportingPeriodId: c.reportingPeriodId,
  text: c.text,
  position: c.position,
  origin: c.origin,
  retired: c.retiredAt !== null,
  version: c.version,
  updatedAt: c.updatedAt.toISOString(),
});

const ordered = [
  { position: "asc" },
  { id: "asc" },
] satisfies Prisma.SectionCommentaryOrderByWithRelationInput[];

export async function findCommentaryBySectionIds(
  db: DbClient,
  sectionIds: readonly number[],
): Promise<CommentaryRecord[]> {
  const rows = await db.sectionCommentary.findMany({
    where: { sectionId: { in: [...sectionIds] } },
    orderBy: ordered,
  });
  return rows.map(toRecord);
}

export async function findCommentaryById(db: DbClient, id: number): Promise<CommentaryRecord | null> {
  const row = await db.sectionCommentary.findUnique({ where: { id } });
  return row ? toRecord(row) : null;
}

export async function findCommentaryList(
  db: DbClient,
  where: { sectionId: number; reportingPeriodId: number },
): Promise<CommentaryRecord[]> {
  const rows = await db.sectionCommentary.findMany({ where, orderBy: ordered });
  return rows.map(toRecord);
}

export async function createCommentary(
  tx: Tx,
  data: Prisma.SectionCommentaryUncheckedCreateInput,
): Promise<CommentaryRecord> {
  return toRecord(await tx.sectionCommentary.create({ data }));
}

export async function shiftCommentaryFrom(
  tx: Tx,
  where: { sectionId: number; reportingPeriodId: number },
  fromPosition: number,
): Promise<void> {
  await tx.sectionCommentary.updateMany({
    where: { ...where, position: { gte: fromPosition } },
    data: { position: { increment: 1 } },
  });
}

/** Optimistic concurrency: changes the row only if it is still at `expectedVersion`; returns rows changed. */
export async function updateCommentaryIfVersion(
  tx: Tx,
  id: number,
  expectedVersion: number,
  data: { text?: string; origin?: "EDITOR"; retiredAt?: Date | null },
): Promise<number> {
  const { count } = await tx.sectionCommentary.updateMany({
    where: { id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  return count;
}

// Position is not what an editor's text edit conflicts with, so reordering leaves versions alone.
export async function setCommentaryPosition(tx: Tx, id: number, position: number): Promise<void> {
  await tx.sectionCommentary.update({ where: { id }, data: { position } });
}
