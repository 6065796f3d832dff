import { monthKeyOf as toMonth } from "@pcc/domain";
import type { DbClient } from "../client.ts";
import type { Metric } from "../generated/prisma/client.ts";
import type { MetricRecord, ProcessChangeRecord } from "../records.ts";

const toRecord = (m: Metric): MetricRecord => ({
  ...m,
  dataCaptureStart: m.dataCaptureStart ? toMonth(m.dataCaptureStart) : null,
});

export async function listMetrics(db: DbClient, search?: string): Promise<MetricRecord[]> {
  const contains = search?.trim();
  const rows = await db.metric.findMany({
    where: contains
      ? {
          OR: [
            { name: { contains, mode: "insensitive" } },
            { id: { contains, mode: "insensitive" } },
            { family: { contains, mode: "insensitive" } },
          ],
        }
      : undefined,
    orderBy: { id: "asc" },
  });
  return rows.map(toRecord);
}

export async function findMetricsByIds(db: DbClient, ids: readonly string[]): Promise<MetricRecord[]> {
  const rows = await db.metric.findMany({ where: { id: { in: [...ids] } } });
  return rows.map(toRecord);
}

export async function findMetricsByFamilies(
  db: DbClient,
  families: readonly string[],
): Promise<MetricRecord[]> {
  const rows = await db.metric.findMany({ where: { family: { in: [...families] } }, orderBy: { id: "asc" } });
  return rows.map(toRecord);
}

export async function findProcessChangesByMetricIds(
  db: DbClient,
  metricIds: readonly string[],
): Promise<ProcessChangeRecord[]> {
  const rows = await db.processChange.findMany({
    where: { metricId: { in: [...metricIds] } },
    orderBy: { month: "asc" },
  });
  return rows.map((r) => ({ metricId: r.metricId, month: toMonth(r.month), label: r.label }));
}
