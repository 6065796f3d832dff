import type { StatementKind } from "../../gql/graphql";
import { RequireRole } from "../auth/RequireRole";
import { StatementList } from "./StatementList";
import { StatementListEditor } from "./StatementListEditor";

// The report's headings for each kind, and what it says when there is none.
const WORDING: Record<StatementKind, { title: string; emptyText: string }> = {
  OUTCOME: { title: "Outcomes achieved this quarter", emptyText: "No outcomes recorded" },
  FOCUS: { title: "PCC focus next quarter", emptyText: "No focus items recorded" },
  RISK: { title: "Risks and issues", emptyText: "No open risks or issues" },
};

/** One kind of a priority's statements: editable in place for editors, the report's list for everyone else. */
export function PriorityStatements({
  priority,
  kind,
  period,
  statements,
}: {
  priority: number;
  kind: StatementKind;
  period?: string | undefined;
  statements: readonly { id: string; text: string }[];
}) {
  const { title, emptyText } = WORDING[kind];
  return (
    <RequireRole
      atLeast="EDITOR"
      fallback={<StatementList title={title} statements={statements} emptyText={emptyText} />}
    >
      <StatementListEditor
        priority={priority}
        kind={kind}
        period={period}
        title={title}
        emptyText={emptyText}
      />
    </RequireRole>
  );
}
