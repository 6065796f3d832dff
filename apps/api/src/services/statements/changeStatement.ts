import type { GraphQLContext } from "../../context.ts";
import type { StatementKindValue, StatementRecord } from "../../data/records.ts";
import type { StatementRowChanges } from "../../data/repositories/statementRepository.ts";
import { notFound } from "../../errors.ts";
import { correctionReasonFor } from "../quarters/correctionReason.ts";
import { failOnStaleVersion } from "../shared/failOnStaleVersion.ts";
import { parseId } from "../shared/parseId.ts";
import { presentStatement, statementSnapshot } from "./presentStatement.ts";

export interface ChangeOptions {
  /** Why a statement of a published quarter is corrected (required there). */
  reason?: string | null;
  /** Only a statement of this kind may be changed this way (a review is for risks). */
  kind?: StatementKindValue;
}

/**
 * The shared path of edit, retire, restore and risk review: a versioned update and its audit row in
 * one transaction. Callers authorise and validate first.
 */
export async function changeStatement(
  ctx: GraphQLContext,
  actor: { id: number; email: string },
  action: string,
  id: string,
  expectedVersion: number,
  data: StatementRowChanges,
  options: ChangeOptions = {},
): Promise<StatementRecord> {
  const statementId = parseId("Statement", id);
  return ctx.repos.transaction(async (tx) => {
    const before = await tx.statements.findById(statementId);
    if (!before || (options.kind && before.kind !== options.kind)) throw notFound("Statement", id);
    const reason = await correctionReasonFor(tx, before.reportingPeriodId, options.reason);
    if ((await tx.statements.updateIfVersion(statementId, expectedVersion, data)) === 0) {
      return failOnStaleVersion("Statement", id, () => tx.statements.findById(statementId), presentStatement);
    }
    const after = (await tx.statements.findById(statementId))!;
    await tx.audit.record({
      actor,
      action,
      entityType: "Statement",
      entityId: statementId,
      before: statementSnapshot(before),
      after: statementSnapshot(after),
      reason,
      requestId: ctx.requestId,
    });
    return after;
  });
}
