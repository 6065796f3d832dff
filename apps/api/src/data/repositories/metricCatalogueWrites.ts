// The metric catalogue's writes, inside one transaction with their audit row and definition version.
import { monthKeyOf, monthStart } from "@pcc/domain";
import type { Tx } from "../client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { MetricDefinitionSnapshot, MetricRecord, ProcessChangeRecord } from "../records.ts";
import { toMetricRecord } from "./metricRepository.ts";

/** The fields of a metric a person defines, as the services hand them over (months as YYYY-MM). */
export type MetricRowFields = Partial<
  Pick<
    MetricRecord,
    | "name"
    | "description"
    | "unit"
    | "polarity"
    | "basis"
    | "changeBasis"
    | "target"
    | "targetKind"
    | "targetLabel"
    | "targetSetBy"
    | "dataSource"
    | "sourceUrl"
    | "reportingLagMonths"
    | "lagNote"
    | "dataCaptureStart"
    | "spcBaselinePoints"
    | "spcRunLength"
    | "spcTrendLength"
    | "spcTwoOfThreeRule"
  >
> & { retiredAt?: Date };

function toRow(fields: MetricRowFields): Prisma.MetricUncheckedUpdateInput {
  const { dataCaptureStart, ...rest } = fields;
  return {
    ...rest,
    ...(dataCaptureStart !== undefined && {
      dataCaptureStart: dataCaptureStart === null ? null : monthStart(dataCaptureStart),
    }),
  };
}

export function metricCatalogueWrites(tx: Tx) {
  return {
    async findMetric(id: string): Promise<MetricRecord | null> {
      const row = await tx.metric.findUnique({ where: { id } });
      return row ? toMetricRecord(row) : null;
    },

    /** Which of these ids name a metric, with whether it is retired. */
    async findMetricStates(ids: readonly string[]): Promise<{ id: string; retired: boolean }[]> {
      const rows = await tx.metric.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, retiredAt: true },
      });
      return rows.map((r) => ({ id: r.id, retired: r.retiredAt !== null }));
    },

    async createMetric(
      id: string,
      fields: MetricRowFields & Pick<MetricRecord, "name" | "unit" | "polarity" | "basis" | "dataSource">,
    ) {
      await tx.metric.create({ data: { ...(toRow(fields) as Prisma.MetricUncheckedCreateInput), id } });
    },

    /** Optimistic concurrency: changes the row only if it is still at `expectedVersion`; returns rows changed. */
    async updateMetricIfVersion(
      id: string,
      expectedVersion: number,
      fields: MetricRowFields,
    ): Promise<number> {
      const { count } = await tx.metric.updateMany({
        where: { id, version: expectedVersion },
        data: { ...toRow(fields), version: { increment: 1 } },
      });
      return count;
    },

    async findProcessChanges(metricId: string): Promise<ProcessChangeRecord[]> {
      const rows = await tx.processChange.findMany({ where: { metricId }, orderBy: { month: "asc" } });
      return rows.map((r) => ({ metricId: r.metricId, month: monthKeyOf(r.month), label: r.label }));
    },

    async addProcessChange(metricId: string, month: string, label: string): Promise<void> {
      await tx.processChange.create({ data: { metricId, month: monthStart(month), label } });
    },

    async removeProcessChange(metricId: string, month: string): Promise<number> {
      const { count } = await tx.processChange.deleteMany({ where: { metricId, month: monthStart(month) } });
      return count;
    },

    /** The first and last month the metric has any observation for; null when it has none. */
    async findDataSpan(metricId: string): Promise<{ first: string; last: string } | null> {
      const span = await tx.observation.aggregate({
        where: { metricId },
        _min: { periodEnd: true },
        _max: { periodEnd: true },
      });
      if (!span._min.periodEnd || !span._max.periodEnd) return null;
      return { first: monthKeyOf(span._min.periodEnd), last: monthKeyOf(span._max.periodEnd) };
    },

    async countDefinitions(metricId: string): Promise<number> {
      return tx.metricDefinition.count({ where: { metricId } });
    },

    /** One saved version; `createdAt` defaults to now (the database's clock, as audit rows). */
    async addDefinition(entry: {
      metricId: string;
      version: number;
      definition: MetricDefinitionSnapshot;
      createdAt?: Date;
    }): Promise<void> {
      await tx.metricDefinition.create({
        data: {
          metricId: entry.metricId,
          version: entry.version,
          definition: entry.definition as unknown as Prisma.InputJsonValue,
          ...(entry.createdAt && { createdAt: entry.createdAt }),
        },
      });
    },
  };
}

export type MetricCatalogueWrites = ReturnType<typeof metricCatalogueWrites>;
