import type { GraphQLContext } from "../../context.ts";
import type { SectionRecord } from "../../data/records.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { parseId } from "../shared/parseId.ts";
import { requireAdmin } from "./requireAdmin.ts";

export const SECTION_TITLE_MAX = 200;

/** Adds a section after a scorecard's last, with a title no other section of it has. */
export async function createScorecardSection(
  ctx: GraphQLContext,
  input: { scorecardId: string; title: string },
): Promise<SectionRecord> {
  const viewer = requireAdmin(ctx);
  const checks = new FieldChecks();
  checks.text(input.title, "title", SECTION_TITLE_MAX);
  checks.throwIfAny();
  const scorecardId = parseId("Scorecard", input.scorecardId);
  const title = input.title.trim();
  return ctx.repos.transaction(async (tx) => {
    checks.check(await tx.sections.scorecardExists(scorecardId), "scorecardId", "names no scorecard");
    checks.throwIfAny();
    checks.check(
      !(await tx.sections.isTitleTaken(scorecardId, title)),
      "title",
      "another section of this scorecard has this title",
    );
    checks.throwIfAny();
    const created = await tx.sections.createSection(scorecardId, title);
    await tx.audit.record({
      actor: viewer,
      action: "section.create",
      entityType: "ScorecardSection",
      entityId: created.id,
      before: null,
      after: { title: created.title, scorecardId, position: created.position, metricIds: [] },
      requestId: ctx.requestId,
    });
    return created;
  });
}
