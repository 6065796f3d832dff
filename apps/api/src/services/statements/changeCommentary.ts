import type { GraphQLContext } from "../../context.ts";
import { recordAudit } from "../../data/audit/recordAudit.ts";
import type { CommentaryRecord } from "../../data/records.ts";
import {
  findCommentaryById,
  updateCommentaryIfVersion,
} from "../../data/repositories/commentaryRepository.ts";
import { withTransaction } from "../../data/withTransaction.ts";
import { notFound } from "../../errors.ts";
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
): Promise<CommentaryRecord> {
  const viewer = requireEditor(ctx);
  const commentaryId = parseId("Commentary", id);
  return withTransaction(ctx.db, async (tx) => {
    const before = await findCommentaryById(tx, commentaryId);
    if (!before) throw notFound("Commentary", id);
    if ((await updateCommentaryIfVersion(tx, commentaryId, expectedVersion, data)) === 0) {
      return failOnStaleVersion(
        "Commentary",
        id,
        () => findCommentaryById(tx, commentaryId),
        presentCommentary,
      );
    }
    const after = (await findCommentaryById(tx, commentaryId))!;
    await recordAudit(tx, {
      actor: viewer,
      action,
      entityType: "SectionCommentary",
      entityId: commentaryId,
      before: commentarySnapshot(before),
      after: commentarySnapshot(after),
      requestId: ctx.requestId,
    });
    return after;
  });
}

/** Rewrites a commentary bullet; it becomes the performance team's words (origin EDITOR). */
export function editCommentary(ctx: GraphQLContext, id: string, text: string, expectedVersion: number) {
  requireEditor(ctx);
  const checks = new FieldChecks();
  checks.text(text, "text", STATEMENT_MAX);
  checks.throwIfAny();
  return changeCommentary(ctx, "commentary.edit", id, expectedVersion, {
    text: text.trim(),
    origin: "EDITOR",
  });
}

export function retireCommentary(ctx: GraphQLContext, id: string, expectedVersion: number) {
  return changeCommentary(ctx, "commentary.retire", id, expectedVersion, { retiredAt: new Date() });
}
