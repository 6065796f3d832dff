import type { GraphQLContext } from "../../context.ts";
import type { SectionRecord } from "../../data/records.ts";
import { notFound } from "../../errors.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { parseId } from "../shared/parseId.ts";
import { SECTION_TITLE_MAX } from "./createScorecardSection.ts";
import { requireAdmin } from "./requireAdmin.ts";

/** Renames a section; its metrics and commentary stay with it. */
export async function renameScorecardSection(
  ctx: GraphQLContext,
  input: { id: string; title: string },
): Promise<SectionRecord> {
  const viewer = requireAdmin(ctx);
  const checks = new FieldChecks();
  checks.text(input.title, "title", SECTION_TITLE_MAX);
  checks.throwIfAny();
  const id = parseId("ScorecardSection", input.id);
  const title = input.title.trim();
  return ctx.repos.transaction(async (tx) => {
    const before = await tx.sections.findSection(id);
    if (!before) throw notFound("ScorecardSection", input.id);
    checks.check(
      !(await tx.sections.isTitleTaken(before.scorecardId, title, id)),
      "title",
      "another section of this scorecard has this title",
    );
    checks.throwIfAny();
    const after = await tx.sections.renameSection(id, title);
    await tx.audit.record({
      actor: viewer,
      action: "section.rename",
      entityType: "ScorecardSection",
      entityId: id,
      before: { title: before.title },
      after: { title: after.title },
      requestId: ctx.requestId,
    });
    return after;
  });
}
