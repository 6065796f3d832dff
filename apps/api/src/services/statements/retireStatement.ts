import type { GraphQLContext } from "../../context.ts";
import type { StatementRecord } from "../../data/records.ts";
import { requireEditor } from "../shared/requireEditor.ts";
import { changeStatement } from "./changeStatement.ts";

/** Retires a statement (it leaves the highlight but keeps its history); restore brings it back. */
export function retireStatement(
  ctx: GraphQLContext,
  id: string,
  expectedVersion: number,
  reason?: string | null,
): Promise<StatementRecord> {
  const viewer = requireEditor(ctx);
  return changeStatement(
    ctx,
    viewer,
    "statement.retire",
    id,
    expectedVersion,
    { retiredAt: new Date() },
    { reason },
  );
}

export function restoreStatement(
  ctx: GraphQLContext,
  id: string,
  expectedVersion: number,
  reason?: string | null,
): Promise<StatementRecord> {
  const viewer = requireEditor(ctx);
  return changeStatement(
    ctx,
    viewer,
    "statement.restore",
    id,
    expectedVersion,
    { retiredAt: null },
    { reason },
  );
}
