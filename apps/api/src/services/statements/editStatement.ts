import type { GraphQLContext } from "../../context.ts";
import type { StatementRecord } from "../../data/records.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { requireEditor } from "../shared/requireEditor.ts";
import { STATEMENT_MAX } from "./addStatement.ts";
import { changeStatement } from "./changeStatement.ts";

export async function editStatement(
  ctx: GraphQLContext,
  id: string,
  text: string,
  expectedVersion: number,
  reason?: string | null,
): Promise<StatementRecord> {
  const viewer = requireEditor(ctx);
  const checks = new FieldChecks();
  checks.text(text, "input.text", STATEMENT_MAX);
  checks.throwIfAny();
  return changeStatement(
    ctx,
    viewer,
    "statement.edit",
    id,
    expectedVersion,
    { text: text.trim() },
    { reason },
  );
}
