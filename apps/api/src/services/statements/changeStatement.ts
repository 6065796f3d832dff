import type { GraphQLContext } from "../../context.ts";
import type { StatementRecord } from "../../data/records.ts";
import { notFound } from "../../errors.ts";
import { failOnStaleVersion } from "../shared/failOnStaleVersion.ts";
import { parseId } from "../shared/parseId.ts";
import { presentStatement, statementSnapshot } from "./presentStatement.ts";

/**
 * The shared path of edit, retire and restore: a versioned update and its audit row in one
 * transaction. Callers authorise and validate first.
 */
export async function changeStatement(
  ctx: GraphQLContext,
  actor: { id: number; email: string },
  action: string,
  id: string,
  expectedVersion: number,
  data: { text?: string; retiredAt?: Date | null },
): Promise<StatementRecord> {
  const statementId = parseId("Statement", id);
  return ctx.repos.transaction(async (tx) => {
    const before = await tx.statements.findById(statementId);
    if (!before) throw notFound("Statement", id);
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
      requestId: ctx.requestId,
    });
    return after;
  });
}
