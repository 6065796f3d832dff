// Scorecard sections and the metrics placed in each, in order: written in one transaction with the audit row.
import type { Tx } from "../client.ts";
import type { SectionRecord } from "../records.ts";

const sectionFields = { id: true, scorecardId: true, title: true, position: true } as const;

export function sectionWrites(tx: Tx) {
  return {
    findSection(id: number): Promise<SectionRecord | null> {
      return tx.scorecardSection.findUnique({ where: { id }, select: sectionFields });
    },

    async scorecardExists(id: number): Promise<boolean> {
      return (await tx.scorecard.count({ where: { id } })) > 0;
    },

    /** Whether another section of the scorecard already has this title (any case). */
    async isTitleTaken(scorecardId: number, title: string, exceptId?: number): Promise<boolean> {
      const count = await tx.scorecardSection.count({
        where: {
          scorecardId,
          title: { equals: title, mode: "insensitive" },
          ...(exceptId !== undefined && { id: { not: exceptId } }),
        },
      });
      return count > 0;
    },

    /** A new section after the scorecard's last. */
    async createSection(scorecardId: number, title: string): Promise<SectionRecord> {
      const top = await tx.scorecardSection.aggregate({ where: { scorecardId }, _max: { position: true } });
      return tx.scorecardSection.create({
        data: { scorecardId, title, position: (top._max.position ?? 0) + 1 },
        select: sectionFields,
      });
    },

    renameSection(id: number, title: string): Promise<SectionRecord> {
      return tx.scorecardSection.update({ where: { id }, data: { title }, select: sectionFields });
    },

    async findMetricIds(sectionId: number): Promise<string[]> {
      const rows = await tx.sectionMetric.findMany({
        where: { sectionId },
        orderBy: [{ position: "asc" }, { metricId: "asc" }],
        select: { metricId: true },
      });
      return rows.map((r) => r.metricId);
    },

    /** The section shows exactly these metrics, in this order (position 1 first). */
    async replaceMetrics(sectionId: number, metricIds: readonly string[]): Promise<void> {
      await tx.sectionMetric.deleteMany({ where: { sectionId } });
      await tx.sectionMetric.createMany({
        data: metricIds.map((metricId, index) => ({ sectionId, metricId, position: index + 1 })),
      });
    },
  };
}

export type SectionWrites = ReturnType<typeof sectionWrites>;
