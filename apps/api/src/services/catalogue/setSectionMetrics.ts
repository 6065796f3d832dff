import type { GraphQLContext } from "../../context.ts";
import type { SectionRecord } from "../../data/records.ts";
import { notFound } from "../../errors.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { parseId } from "../shared/parseId.ts";
import { requireAdmin } from "./requireAdmin.ts";

const MAX_METRICS = 100;

/**
 * Sets the metrics a section shows and their order (the first id shows first). Each id must name
 * a metric that is not retired, once.
 */
export async function setSectionMetrics(
  ctx: GraphQLContext,
  input: { sectionId: string; metricIds: readonly string[] },
): Promise<SectionRecord> {
  const viewer = requireAdmin(ctx);
  const sectionId = parseId("ScorecardSection", input.sectionId);
  const checks = new FieldChecks();
  const ids = input.metricIds.map((id) => id.trim());
  checks.check(ids.length <= MAX_METRICS, "metricIds", `a section shows at most ${MAX_METRICS} metrics`);
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  checks.check(repeated.length === 0, "metricIds", `lists ${repeated[0]} more than once`);
  checks.throwIfAny();
  return ctx.repos.transaction(async (tx) => {
    const section = await tx.sections.findSection(sectionId);
    if (!section) throw notFound("ScorecardSection", input.sectionId);
    const states = new Map((await tx.metricCatalogue.findMetricStates(ids)).map((s) => [s.id, s.retired]));
    const unknown = ids.filter((id) => !states.has(id));
    const retired = ids.filter((id) => states.get(id) === true);
    checks.check(unknown.length === 0, "metricIds", `no metric has the id ${unknown.join(", ")}`);
    checks.check(retired.length === 0, "metricIds", `${retired.join(", ")} is retired`);
    checks.throwIfAny();
    const before = await tx.sections.findMetricIds(sectionId);
    await tx.sections.replaceMetrics(sectionId, ids);
    await tx.audit.record({
      actor: viewer,
      action: "section.setMetrics",
      entityType: "ScorecardSection",
      entityId: sectionId,
      before: { title: section.title, metricIds: before },
      after: { title: section.title, metricIds: ids },
      requestId: ctx.requestId,
    });
    return section;
  });
}
