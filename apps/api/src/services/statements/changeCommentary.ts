import type { GraphQLContext } from "../../context.ts";
import type { CommentaryRecord } from "../../data/records.ts";
import { notFound } from "../../errors.ts";
import { correctionReasonFor } from "../quarters/correctionReason.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { failOnStaleVersion } from "../shared/failOnStaleVersion.ts";
import { parseId } from "../shared/parseId.ts";
import { requireEditor } from "../shared/requireEditor.ts";
import { STATEMENT_MAX } from "./addStatement.ts";
import { commentarySnapshot, presentCommentary } from "./presentStatement.ts";

async function changeCommentary(
  ctx: GraphQLContext,
  action: string,
  id: string,
  expectedVersion: number,
  data: { text?: string; origin?: "EDITOR"; retiredAt?: Date | null },
  correction: string | null | undefined,
): Promise<CommentaryRecord> {
  const viewer = requireEditor(ctx);
  const commentaryId = parseId("Commentary", id);
  return ctx.repos.transaction(async (tx) => {
    const before = await tx.commentary.findById(commentaryId);
    if (!before) throw notFound("Commentary", id);
    const reason = await correctionReasonFor(tx, before.reportingPeriodId, correction);
    if ((await tx.commentary.updateIfVersion(commentaryId, expectedVersion, data)) === 0) {
      return failOnStaleVersion(
        "Commentary",
        id,
        () => tx.commentary.findById(commentaryId),
        presentCommentary,
      );
    }
    const after = (await tx.commentary.findById(commentaryId))!;
    await tx.audit.record({
      actor: viewer,
      action,
      entityType: "SectionCommentary",
      entityId: commentaryId,
      before: commentarySnapshot(before),
      after: commentarySnapshot(after),
      reason,
      requestId: ctx.requestId,
    });
    return after;
  });
}

/** Rewrites a commentary bullet; it becomes the performance team's words (origin EDITOR). */
export function editCommentary(
  ctx: GraphQLContext,
  id: string,
  text: string,
  expectedVersion: number,
  reason?: string | null,
) {
  requireEditor(ctx);
  const checks = new FieldChecks();
  checks.text(text, "text", STATEMENT_MAX);
  checks.throwIfAny();
  return changeCommentary(
    ctx,
    "commentary.edit",
    id,
    expectedVersion,
    {
      text: text.trim(),
      origin: "EDITOR",
    },
    reason,
  );
}

export function retireCommentary(
  ctx: GraphQLContext,
  id: string,
  expectedVersion: number,
  reason?: string | null,
) {
  return changeCommentary(ctx, "commentary.retire", id, expectedVersion, { retiredAt: new Date() }, reason);
}
