import type { GraphQLContext, TransactionRepositories, Viewer } from "../../context.ts";
import type { MetricRecord } from "../../data/records.ts";
import type { MetricRowFields } from "../../data/repositories/metricCatalogueWrites.ts";
import { notFound } from "../../errors.ts";
import { failOnStaleVersion } from "../shared/failOnStaleVersion.ts";
import { definitionSnapshot } from "./definitionSnapshot.ts";

// A definition recorded as it stood before the first change made in the app is dated at the epoch:
// every quarter published before that change was published with it.
const BEFORE_ANY_PUBLICATION = new Date(0);

/**
 * The one path by which an admin changes a metric's definition. In one transaction: apply the
 * change only if the metric is still at `expectedVersion` (else CONFLICT with the metric as it now
 * is), save the new version's definition (first the prior one, if the metric has no saved version
 * yet, so its history is complete), and append the audit row with before and after.
 */
export async function saveMetricVersion(
  ctx: GraphQLContext,
  viewer: Viewer,
  metricId: string,
  expectedVersion: number,
  action: string,
  change: { fields?: MetricRowFields; apply?: (tx: TransactionRepositories) => Promise<void> },
): Promise<MetricRecord> {
  return ctx.repos.transaction(async (tx) => {
    const writes = tx.metricCatalogue;
    const before = await writes.findMetric(metricId);
    if (!before) throw notFound("Metric", metricId);
    const changed = await writes.updateMetricIfVersion(metricId, expectedVersion, change.fields ?? {});
    if (changed === 0) {
      return failOnStaleVersion(
        "Metric",
        metricId,
        () => writes.findMetric(metricId),
        (current) => current,
      );
    }
    const changesBefore = await writes.findProcessChanges(metricId);
    await change.apply?.(tx);
    const after = (await writes.findMetric(metricId))!;
    const changesAfter = change.apply ? await writes.findProcessChanges(metricId) : changesBefore;
    const beforeSnapshot = { ...definitionSnapshot(before, changesBefore), retiredAt: before.retiredAt };
    const afterSnapshot = { ...definitionSnapshot(after, changesAfter), retiredAt: after.retiredAt };
    if ((await writes.countDefinitions(metricId)) === 0) {
      await writes.addDefinition({
        metricId,
        version: before.version,
        definition: definitionSnapshot(before, changesBefore),
        createdAt: BEFORE_ANY_PUBLICATION,
      });
    }
    await writes.addDefinition({
      metricId,
      version: after.version,
      definition: definitionSnapshot(after, changesAfter),
    });
    await tx.audit.record({
      actor: viewer,
      action,
      entityType: "Metric",
      entityId: metricId,
      before: { ...beforeSnapshot, version: before.version },
      after: { ...afterSnapshot, version: after.version },
      requestId: ctx.requestId,
    });
    return after;
  });
}
