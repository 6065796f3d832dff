import type { SeedData } from "@pcc/seed";
import type { Tx } from "../client.ts";
import type { ReferenceIds } from "./seedReference.ts";

/**
 * Score cards, their sections, the metrics in each section and the report's commentary. Commentary has no
 * natural key and editors may change it, so a section's commentary for the quarter is written only when
 * that section has none at all for that quarter.
 */
export async function seedScorecards(tx: Tx, data: SeedData, ids: ReferenceIds): Promise<number> {
  const periodId = ids.period.get(data.reportPeriodCode)!;
  const cards = data.scorecards.map((s, position) => ({
    priorityId: ids.priority.get(s.priority)!,
    title: s.title,
    kind: s.kind,
    position,
    source: s.source ?? null,
    sourceUrl: s.sourceUrl ?? null,
  }));
  let created = (await tx.scorecard.createMany({ data: cards, skipDuplicates: true })).count;
  const cardId = new Map((await tx.scorecard.findMany()).map((c) => [`${c.priorityId}|${c.title}`, c.id]));
  const idOf = (s: SeedData["scorecards"][number]) =>
    cardId.get(`${ids.priority.get(s.priority)}|${s.title}`)!;
  const sections = data.scorecards.flatMap((s) =>
    s.sections.map((section, position) => ({ scorecardId: idOf(s), title: section.title, position })),
  );
  created += (await tx.scorecardSection.createMany({ data: sections, skipDuplicates: true })).count;
  const sectionId = new Map(
    (await tx.scorecardSection.findMany()).map((s) => [`${s.scorecardId}|${s.title}`, s.id]),
  );
  const withIds = data.scorecards.flatMap((s) =>
    s.sections.map((section) => ({ section, id: sectionId.get(`${idOf(s)}|${section.title}`)! })),
  );
  const links = withIds.flatMap(({ section, id }) =>
    section.metricIds.map((metricId, position) => ({ sectionId: id, metricId, position })),
  );
  created += (await tx.sectionMetric.createMany({ data: links, skipDuplicates: true })).count;
  const hasCommentary = new Set(
    (
      await tx.commentary.findMany({
        where: { reportingPeriodId: periodId },
        select: { sectionId: true },
        distinct: ["sectionId"],
      })
    ).map((c) => c.sectionId),
  );
  const commentary = withIds
    .filter(({ id }) => !hasCommentary.has(id))
    .flatMap(({ section, id }) =>
      section.commentary.map((text, position) => ({
        sectionId: id,
        reportingPeriodId: periodId,
        text,
        position,
      })),
    );
  created += (await tx.commentary.createMany({ data: commentary })).count;
  return created;
}
