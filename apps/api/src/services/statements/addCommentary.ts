import type { GraphQLContext } from "../../context.ts";
import { recordAudit } from "../../data/audit/recordAudit.ts";
import type { CommentaryRecord } from "../../data/records.ts";
import {
  createCommentary,
  findCommentaryList,
  shiftCommentaryFrom,
} from "../../data/repositories/commentaryRepository.ts";
import { findSectionById } from "../../data/repositories/scorecardRepository.ts";
import { withTransaction } from "../../data/withTransaction.ts";
import { findStoredPeriod } from "../periods/findStoredPeriod.ts";
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
export async function addCommentary(ctx: GraphQLContext, input: NewCommentary): Promise<CommentaryRecord> {
  const viewer = requireEditor(ctx);
  const checks = new FieldChecks();
  const sectionId = Number(input.sectionId);
  const section = Number.isSafeInteger(sectionId) ? await findSectionById(ctx.db.prisma, sectionId) : null;
  checks.check(section !== null, "input.sectionId", `section ${input.sectionId} does not exist`);
  checks.text(input.text, "input.text", STATEMENT_MAX);
  const period = await findStoredPeriod(ctx, input.period, "input.period", checks);
  if (input.position != null) checks.check(input.position >= 0, "input.position", "must be 0 or more");
  checks.throwIfAny();
  const list = { sectionId, reportingPeriodId: period!.id };
  return withTransaction(ctx.db, async (tx) => {
    const existing = await findCommentaryList(tx, list);
    const position = Math.min(input.position ?? existing.length, existing.length);
    await shiftCommentaryFrom(tx, list, position);
    const created = await createCommentary(tx, {
      ...list,
      text: input.text.trim(),
      position,
      origin: "EDITOR",
    });
    await recordAudit(tx, {
      actor: viewer,
      action: "commentary.add",
      entityType: "SectionCommentary",
      entityId: created.id,
      before: null,
      after: commentarySnapshot(created),
      requestId: ctx.requestId,
    });
    return created;
  });
}
