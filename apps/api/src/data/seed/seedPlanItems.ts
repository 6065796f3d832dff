import type { SeedData } from "@pcc/seed";
import type { Tx } from "../client.ts";
import type { ReferenceIds } from "./seedReference.ts";

const KINDS = [
  ["OUTCOME", "outcomes"],
  ["FOCUS", "focus"],
  ["RISK", "risks"],
] as const;

/**
 * Outcomes, focus, risks and deliverables of the report's quarter. They have no natural key and editors
 * change, reorder and retire them, so a priority's statements of one kind (or its deliverables) are
 * written only when it has none for the quarter: an edited or retired item is never put back.
 */
export async function seedPlanItems(tx: Tx, data: SeedData, ids: ReferenceIds): Promise<number> {
  const reportingPeriodId = ids.period.get(data.reportPeriodCode)!;
  const existing = await tx.statement.findMany({
    where: { reportingPeriodId },
    select: { priorityId: true, kind: true },
    distinct: ["priorityId", "kind"],
  });
  const present = new Set(existing.map((s) => `${s.priorityId}|${s.kind}`));
  const statements = data.priorities.flatMap((p) => {
    const priorityId = ids.priority.get(p.number)!;
    return KINDS.filter(([kind]) => !present.has(`${priorityId}|${kind}`)).flatMap(([kind, field]) =>
      p[field].map((text, position) => ({ priorityId, reportingPeriodId, kind, text, position })),
    );
  });
  let created = (await tx.statement.createMany({ data: statements })).count;
  const withDeliverables = new Set(
    (
      await tx.deliverable.findMany({
        where: { reportingPeriodId },
        select: { priorityId: true },
        distinct: ["priorityId"],
      })
    ).map((d) => d.priorityId),
  );
  const quarter = await tx.reportingPeriod.findUniqueOrThrow({ where: { id: reportingPeriodId } });
  const deliverables = data.deliverables
    .map((d) => ({ ...d, priorityId: ids.priority.get(d.priority)! }))
    .filter((d) => !withDeliverables.has(d.priorityId))
    .map((d, _i, all) => ({
      priorityId: d.priorityId,
      reportingPeriodId,
      action: d.action,
      due: d.due,
      dueDate: d.dueDate ? new Date(`${d.dueDate}T00:00:00.000Z`) : null,
      // The report gives no start dates: work is taken to have begun by the quarter it is reported in.
      startDate: quarter.startDate,
      progress: d.progress,
      note: d.note ?? null,
      position: all.filter((o) => o.priorityId === d.priorityId).indexOf(d),
    }));
  created += (await tx.deliverable.createMany({ data: deliverables })).count;
  return created;
}
