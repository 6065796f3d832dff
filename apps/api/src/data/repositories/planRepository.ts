import { monthKeyOf as toMonth } from "@pcc/domain";
import type { DbClient } from "../client.ts";
import type { Priority, ReportingPeriod } from "../generated/prisma/client.ts";
import type { PlanRecord, PriorityRecord, ReportingPeriodRecord } from "../records.ts";

const toPriority = (p: Priority): PriorityRecord => ({
  id: p.id,
  planId: p.planId,
  number: p.number,
  title: p.title,
});

const toPeriod = (p: ReportingPeriod): ReportingPeriodRecord => ({
  id: p.id,
  code: p.code,
  label: p.label,
  kind: p.kind,
  start: toMonth(p.startDate),
  end: toMonth(p.endDate),
  dataMonth: toMonth(p.dataMonth ?? p.endDate),
});

/** The plan being held to account (the newest, if several were ever loaded). */
export async function findPlan(db: DbClient): Promise<PlanRecord | null> {
  const plan = await db.plan.findFirst({ orderBy: { startYear: "desc" }, include: { force: true } });
  if (!plan) return null;
  const { id, code, title, startYear, endYear } = plan;
  return { id, code, title, startYear, endYear, forceName: plan.force.name };
}

export async function listPriorities(db: DbClient): Promise<PriorityRecord[]> {
  const rows = await db.priority.findMany({ orderBy: [{ planId: "asc" }, { number: "asc" }] });
  return rows.map(toPriority);
}

export async function findPrioritiesByIds(db: DbClient, ids: readonly number[]): Promise<PriorityRecord[]> {
  const rows = await db.priority.findMany({ where: { id: { in: [...ids] } } });
  return rows.map(toPriority);
}

export async function listReportingPeriods(db: DbClient): Promise<ReportingPeriodRecord[]> {
  const rows = await db.reportingPeriod.findMany({ orderBy: [{ startDate: "desc" }, { kind: "desc" }] });
  return rows.map(toPeriod);
}
