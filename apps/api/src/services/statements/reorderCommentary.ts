import type { GraphQLContext } from "../../context.ts";
import type { CommentaryRecord } from "../../data/records.ts";
import { findStoredPeriod } from "../periods/findStoredPeriod.ts";
import { checkCorrectionReason } from "../quarters/correctionReason.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { requireEditor } from "../shared/requireEditor.ts";
import { checkReorder } from "./checkReorder.ts";

/** Puts a section's commentary for a period in the given order (positions 0..n-1). */
export async function reorderCommentary(
  ctx: GraphQLContext,
  args: { sectionId: string; period?: string | null; ids: string[]; reason?: string | null },
): Promise<CommentaryRecord[]> {
  const viewer = requireEditor(ctx);
  const checks = new FieldChecks();
  const sectionId = Number(args.sectionId);
  const section = Number.isSafeInteger(sectionId)
    ? await ctx.repos.scorecards.findSectionById(sectionId)
    : null;
  checks.check(section !== null, "sectionId", `section ${args.sectionId} does not exist`);
  const period = await findStoredPeriod(ctx, args.period, "period", checks);
  const reason = checkCorrectionReason(checks, period, args.reason);
  checks.throwIfAny();
  const list = { sectionId, reportingPeriodId: period!.id };
  return ctx.repos.transaction(async (tx) => {
    const before = await tx.commentary.findList(list);
    const order = checkReorder(
      checks,
      before.map((c) => c.id),
      args.ids,
    );
    checks.throwIfAny();
    for (const [position, id] of order.entries()) await tx.commentary.setPosition(id, position);
    await tx.audit.record({
      actor: viewer,
      action: "commentary.reorder",
      entityType: "CommentaryList",
      entityId: `${sectionId}/${period!.code}`,
      before: { order: before.map((c) => c.id) },
      after: { order },
      reason,
      requestId: ctx.requestId,
    });
    return tx.commentary.findList(list);
  });
}
