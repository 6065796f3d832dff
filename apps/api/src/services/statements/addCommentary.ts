import type { GraphQLContext } from "../../context.ts";
import type { CommentaryRecord } from "../../data/records.ts";
import { findStoredPeriod } from "../periods/findStoredPeriod.ts";
import { checkCorrectionReason } from "../quarters/correctionReason.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { requireEditor } from "../shared/requireEditor.ts";
import { STATEMENT_MAX } from "./addStatement.ts";
import { commentarySnapshot } from "./presentStatement.ts";

export interface NewCommentary {
  sectionId: string;
  text: string;
  period?: string | null;
  position?: number | null;
}

/** Adds a commentary bullet to a scorecard section at `position` (default: the end). */
export async function addCommentary(
  ctx: GraphQLContext,
  input: NewCommentary,
  correction?: string | null,
): Promise<CommentaryRecord> {
  const viewer = requireEditor(ctx);
  const checks = new FieldChecks();
  const sectionId = Number(input.sectionId);
  const section = Number.isSafeInteger(sectionId)
    ? await ctx.repos.scorecards.findSectionById(sectionId)
    : null;
  checks.check(section !== null, "input.sectionId", `section ${input.sectionId} does not exist`);
  checks.text(input.text, "input.text", STATEMENT_MAX);
  const period = await findStoredPeriod(ctx, input.period, "input.period", checks);
  if (input.position != null) checks.check(input.position >= 0, "input.position", "must be 0 or more");
  const reason = checkCorrectionReason(checks, period, correction);
  checks.throwIfAny();
  const list = { sectionId, reportingPeriodId: period!.id };
  return ctx.repos.transaction(async (tx) => {
    const existing = await tx.commentary.findList(list);
    const position = Math.min(input.position ?? existing.length, existing.length);
    await tx.commentary.shiftFrom(list, position);
    const created = await tx.commentary.create({
      ...list,
      text: input.text.trim(),
      position,
      origin: "EDITOR",
    });
    await tx.audit.record({
      actor: viewer,
      action: "commentary.add",
      entityType: "SectionCommentary",
      entityId: created.id,
      before: null,
      after: commentarySnapshot(created),
      reason,
      requestId: ctx.requestId,
    });
    return created;
  });
}
