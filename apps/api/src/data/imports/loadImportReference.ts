import type { Database } from "../db.ts";
import type { ImportReference, MetricUnitName } from "./referenceTypes.ts";

/** Every metric, area and comparator a file may name: small tables, read whole once per file. */
export async function loadImportReference(db: Database): Promise<ImportReference> {
  const [metrics, areas, comparators] = await Promise.all([
    db.prisma.metric.findMany({ select: { id: true, unit: true } }),
    db.prisma.area.findMany({ select: { id: true, code: true } }),
    db.prisma.comparator.findMany({ select: { id: true, code: true } }),
  ]);
  return {
    metrics: new Map(metrics.map((metric) => [metric.id, { unit: metric.unit as MetricUnitName }])),
    areas: new Map(areas.map((area) => [area.code.toLowerCase(), area.id])),
    comparators: new Map(comparators.map((comparator) => [comparator.code.toLowerCase(), comparator.id])),
  };
}
