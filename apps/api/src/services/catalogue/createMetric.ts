import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord } from "../../data/records.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { checkMetricFields } from "./checkMetricFields.ts";
import { definitionSnapshot } from "./definitionSnapshot.ts";
import type { MetricFieldsInput } from "./MetricFieldsInput.ts";
import { requireAdmin } from "./requireAdmin.ts";

// A metric's id is its stable address in links, imports and exports: lower-case words joined by hyphens.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX = 80;

/** Adds a metric to the catalogue at version 1, with that version's definition saved and audited. */
export async function createMetric(
  ctx: GraphQLContext,
  rawId: string,
  input: MetricFieldsInput,
): Promise<MetricRecord> {
  const viewer = requireAdmin(ctx);
  const checks = new FieldChecks();
  const id = rawId.trim();
  if (!SLUG.test(id) || id.length > SLUG_MAX)
    checks.fail(
      "id",
      `must be lower-case letters and digits joined by hyphens, at most ${SLUG_MAX} characters, e.g. 'repeat-victims-rate'`,
    );
  const fields = checkMetricFields(checks, input, null);
  checks.throwIfAny();
  return ctx.repos.transaction(async (tx) => {
    if (await tx.metricCatalogue.findMetric(id)) {
      checks.fail("id", `is already the id of another metric`);
      checks.throwIfAny();
    }
    const { name, unit, polarity, basis, dataSource } = fields;
    await tx.metricCatalogue.createMetric(id, {
      ...fields,
      name: name!,
      unit: unit!,
      polarity: polarity!,
      basis: basis!,
      dataSource: dataSource!,
    });
    const created = (await tx.metricCatalogue.findMetric(id))!;
    const definition = definitionSnapshot(created, []);
    await tx.metricCatalogue.addDefinition({ metricId: id, version: created.version, definition });
    await tx.audit.record({
      actor: viewer,
      action: "metric.create",
      entityType: "Metric",
      entityId: id,
      before: null,
      after: { ...definition, version: created.version },
      requestId: ctx.requestId,
    });
    return created;
  });
}
