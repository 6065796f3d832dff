import { monthStart } from "@pcc/domain";
import type { SeedData } from "@pcc/seed";
import type { Tx } from "../client.ts";

/** Natural key → database id maps that later steps need. */
export interface ReferenceIds {
  comparator: Map<string, number>;
  area: Map<string, number>;
  priority: Map<number, number>;
  period: Map<string, number>;
  group: number | undefined;
}

async function seedComparatorsAndGroups(
  tx: Tx,
  data: SeedData,
): Promise<{ created: number; comparator: Map<string, number>; group: number | undefined }> {
  let created = (await tx.comparator.createMany({ data: data.comparators, skipDuplicates: true })).count;
  const comparator = new Map(
    (await tx.comparator.findMany({ select: { id: true, code: true } })).map((c) => [c.code, c.id]),
  );
  let group: number | undefined;
  for (const g of data.mostSimilarGroups) {
    const homeForceId = comparator.get(g.homeForce)!;
    const validFrom = new Date(`${g.validFrom}T00:00:00.000Z`);
    const row = { homeForceId, publisher: g.publisher, label: g.label, validFrom, note: g.note };
    created += (await tx.mostSimilarGroup.createMany({ data: [row], skipDuplicates: true })).count;
    const saved = await tx.mostSimilarGroup.findUniqueOrThrow({
      where: { homeForceId_publisher_validFrom: { homeForceId, publisher: g.publisher, validFrom } },
    });
    const members = g.members.map((code) => ({ groupId: saved.id, comparatorId: comparator.get(code)! }));
    created += (await tx.mostSimilarGroupMember.createMany({ data: members, skipDuplicates: true })).count;
    group ??= saved.id;
  }
  return { created, comparator, group };
}

async function seedPlanAndPeriods(tx: Tx, data: SeedData, comparator: Map<string, number>) {
  const { force, ...plan } = data.plan;
  let created = (
    await tx.plan.createMany({ data: [{ ...plan, forceId: comparator.get(force)! }], skipDuplicates: true })
  ).count;
  const planId = (await tx.plan.findUniqueOrThrow({ where: { code: plan.code } })).id;
  const priorities = data.priorities.map((p) => ({ planId, number: p.number, title: p.title }));
  created += (await tx.priority.createMany({ data: priorities, skipDuplicates: true })).count;
  const priority = new Map((await tx.priority.findMany({ where: { planId } })).map((p) => [p.number, p.id]));
  const periods = data.reportingPeriods.map((p) => ({
    code: p.code,
    label: p.label,
    kind: p.kind,
    startDate: monthStart(p.start),
    endDate: monthStart(p.end),
    dataMonth: p.dataMonth ? monthStart(p.dataMonth) : null,
    // The report's quarter was published as a report, so it is seeded published and belongs to the plan.
    ...(p.kind === "QUARTER" ? { planId, publishedAt: monthStart(p.end) } : {}),
  }));
  created += (await tx.reportingPeriod.createMany({ data: periods, skipDuplicates: true })).count;
  const period = new Map(
    (await tx.reportingPeriod.findMany({ select: { id: true, code: true } })).map((p) => [p.code, p.id]),
  );
  return { created, priority, period };
}

// The governance tree is inserted a level at a time, so each node's parent already has its id.
async function seedGovernance(tx: Tx, data: SeedData): Promise<number> {
  let created = 0;
  let level = data.governance.filter((n) => !n.parent);
  while (level.length > 0) {
    const ids = new Map(
      (await tx.governanceNode.findMany({ select: { id: true, code: true } })).map((n) => [n.code, n.id]),
    );
    const rows = level.map(({ parent, ...n }) => ({ ...n, parentId: parent ? ids.get(parent)! : null }));
    created += (await tx.governanceNode.createMany({ data: rows, skipDuplicates: true })).count;
    const codes = new Set(level.map((n) => n.code));
    level = data.governance.filter((n) => n.parent && codes.has(n.parent));
  }
  return created;
}

/** Forces, groups, areas, plan, priorities, periods, glossary and governance: insert what is missing. */
export async function seedReference(tx: Tx, data: SeedData): Promise<{ created: number; ids: ReferenceIds }> {
  const comparators = await seedComparatorsAndGroups(tx, data);
  let created = comparators.created;
  created += (await tx.area.createMany({ data: data.areas, skipDuplicates: true })).count;
  const area = new Map(
    (await tx.area.findMany({ select: { id: true, code: true } })).map((a) => [a.code, a.id]),
  );
  const plan = await seedPlanAndPeriods(tx, data, comparators.comparator);
  created += plan.created;
  created += (await tx.glossaryTerm.createMany({ data: data.glossary, skipDuplicates: true })).count;
  created += await seedGovernance(tx, data);
  const ids = {
    comparator: comparators.comparator,
    area,
    priority: plan.priority,
    period: plan.period,
    group: comparators.group,
  };
  return { created, ids };
}
