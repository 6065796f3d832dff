import type { Database } from "../db.ts";

/** What an export is of: a metric, or a scorecard section with its metrics in report order. */
export interface ExportSubject {
  title: string;
  metricIds: string[];
}

/** Finds the metric or section an export names; null when it does not exist. */
export async function findExportSubject(
  db: Database,
  subject: { kind: "metric"; id: string } | { kind: "section"; id: number },
): Promise<ExportSubject | null> {
  if (subject.kind === "metric") {
    const metric = await db.prisma.metric.findUnique({ where: { id: subject.id }, select: { id: true } });
    return metric ? { title: metric.id, metricIds: [metric.id] } : null;
  }
  const section = await db.prisma.scorecardSection.findUnique({
    where: { id: subject.id },
    select: { title: true, metrics: { select: { metricId: true }, orderBy: { position: "asc" } } },
  });
  return section ? { title: section.title, metricIds: section.metrics.map((each) => each.metricId) } : null;
}
