import type { DbClient, Tx } from "../client.ts";
import type { Commentary, Prisma } from "../generated/prisma/client.ts";
import type { CommentaryRecord } from "../records.ts";

const toRecord = (c: Commentary): CommentaryRecord => ({
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

const ordered = [{ position: "asc" }, { id: "asc" }] satisfies Prisma.CommentaryOrderByWithRelationInput[];

/** One section's commentary in one period: the list an editor reorders. */
export interface CommentaryList {
  sectionId: number;
  reportingPeriodId: number;
}

export function commentaryRepository(db: DbClient) {
  return {
    async findBySectionIds(sectionIds: readonly number[]): Promise<CommentaryRecord[]> {
      const rows = await db.commentary.findMany({
        where: { sectionId: { in: [...sectionIds] } },
        orderBy: ordered,
      });
      return rows.map(toRecord);
    },
  };
}

/** Commentary's reads and writes inside one transaction. */
export function commentaryWrites(tx: Tx) {
  return {
    async findById(id: number): Promise<CommentaryRecord | null> {
      const row = await tx.commentary.findUnique({ where: { id } });
      return row ? toRecord(row) : null;
    },

    async findList(list: CommentaryList): Promise<CommentaryRecord[]> {
      const rows = await tx.commentary.findMany({ where: list, orderBy: ordered });
      return rows.map(toRecord);
    },

    async create(data: Prisma.CommentaryUncheckedCreateInput): Promise<CommentaryRecord> {
      return toRecord(await tx.commentary.create({ data }));
    },

    /** Moves the rows at and after `fromPosition` one down, to make room for a new one. */
    async shiftFrom(list: CommentaryList, fromPosition: number): Promise<void> {
      await tx.commentary.updateMany({
        where: { ...list, position: { gte: fromPosition } },
        data: { position: { increment: 1 } },
      });
    },

    /** Optimistic concurrency: changes the row only if it is still at `expectedVersion`; returns rows changed. */
    async updateIfVersion(
      id: number,
      expectedVersion: number,
      data: { text?: string; origin?: "EDITOR"; retiredAt?: Date | null },
    ): Promise<number> {
      const { count } = await tx.commentary.updateMany({
        where: { id, version: expectedVersion },
        data: { ...data, version: { increment: 1 } },
      });
      return count;
    },

    // Position is not what an editor's text edit conflicts with, so reordering leaves versions alone.
    async setPosition(id: number, position: number): Promise<void> {
      await tx.commentary.update({ where: { id }, data: { position } });
    },
  };
}

export type CommentaryRepository = ReturnType<typeof commentaryRepository>;
export type CommentaryWrites = ReturnType<typeof commentaryWrites>;
