import type { GraphQLContext } from "../../context.ts";
import type { AuditEventRecord, MetricRecord, SectionPlacementRecord } from "../../data/records.ts";
import { describeChanges } from "../audit/describeChanges.ts";
import { requireAdmin } from "./requireAdmin.ts";

export interface DefinitionVersionView {
  version: number;
  createdAt: string;
  definition: unknown;
  /** What this version changed from the one before: "name: Old → New". */
  changes: string[];
}

export interface CatalogueEntryView {
  metric: MetricRecord;
  sections: (Omit<SectionPlacementRecord, "sectionId" | "scorecardId"> & {
    sectionId: string;
    scorecardId: string;
  })[];
  definitions: DefinitionVersionView[];
  history: AuditEventRecord[];
}

/**
 * The admin's catalogue: every metric (retired too) with the sections it is placed in, its saved
 * definition versions (newest first) and who changed what (its audit events). Four queries in all.
 */
export async function listCatalogue(
  ctx: GraphQLContext,
  search?: string | null,
): Promise<CatalogueEntryView[]> {
  requireAdmin(ctx);
  const repo = ctx.repos.metricCatalogue;
  const metrics = await repo.listAll(search ?? undefined);
  const ids = metrics.map((m) => m.id);
  const [definitions, placements, history] = await Promise.all([
    repo.findDefinitions(ids),
    repo.findPlacements(ids),
    repo.findHistory(ids),
  ]);
  return metrics.map((metric) => {
    const own = definitions.filter((d) => d.metricId === metric.id);
    return {
      metric,
      sections: placements
        .filter((p) => p.metricId === metric.id)
        .map((p) => ({ ...p, sectionId: String(p.sectionId), scorecardId: String(p.scorecardId) })),
      definitions: own
        .map((d, i) => ({
          version: d.version,
          createdAt: d.createdAt,
          definition: d.definition,
          changes: i === 0 ? [] : describeChanges(own[i - 1]!.definition, d.definition),
        }))
        .reverse(),
      history: history.filter((e) => e.entityId === metric.id),
    };
  });
}
