import type { TestServer } from "../harness/index.ts";
import { builderMutation } from "./builderMutation.ts";
import { type BuiltPriority, buildPriority } from "./buildPriority.ts";
import { type BuiltQuarter, buildQuarter } from "./buildQuarter.ts";
import { uniqueLabel } from "./uniqueLabel.ts";

export interface StatementOverrides {
  /** Default: a priority of its own. */
  priority?: BuiltPriority;
  kind?: "OUTCOME" | "FOCUS" | "RISK";
  text?: string;
  /** Default: buildQuarter's. */
  quarter?: BuiltQuarter;
}

export interface BuiltStatement {
  id: string;
  version: number;
  position: number;
  text: string;
}

const ADD = `mutation BuildStatement($input: AddStatementInput!) {
  addStatement(input: $input, reason: "Test set-up in the published report quarter") { statement { id version position text } errors { field message } } }`;

/** An outcome, focus or risk added by an editor through the API, at the end of its list (audited). */
export async function buildStatement(
  server: TestServer,
  overrides: StatementOverrides = {},
): Promise<BuiltStatement> {
  const priority = overrides.priority ?? (await buildPriority(server));
  const quarter = overrides.quarter ?? (await buildQuarter(server));
  const { statement } = await builderMutation<{ statement: BuiltStatement }>(server, "EDITOR", ADD, {
    input: {
      priority: priority.number,
      kind: overrides.kind ?? "RISK",
      text: overrides.text ?? uniqueLabel("Test statement"),
      period: quarter.code,
    },
  });
  return statement;
}
