import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import type { StatementKind } from "../../gql/graphql";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { TextListEditor } from "./TextListEditor";
import { useStatementOps } from "./useStatementOps";

const EditableStatementsQuery = graphql(`
  query EditableStatements($number: Int!, $period: String) {
    priority(number: $number) {
      id
      number
      outcomes(period: $period, includeRetired: true) { ...EditableStatement }
      focus(period: $period, includeRetired: true) { ...EditableStatement }
      risks(period: $period, includeRetired: true) { ...EditableStatement }
    }
  }
`);

// The report's own words for each kind (Wiltshire Quarterly PCC Highlight Report).
const NOUN: Record<StatementKind, string> = {
  OUTCOME: "outcome",
  FOCUS: "focus item",
  RISK: "risk or issue",
};
const FIELD = { OUTCOME: "outcomes", FOCUS: "focus", RISK: "risks" } as const;

/**
 * Outcomes, PCC focus items or risks and issues of a priority, editable in place (editors only:
 * wrap in <RequireRole atLeast="EDITOR" fallback={the read-only list}>). Loads retired ones too, to restore.
 */
export function StatementListEditor({
  priority,
  kind,
  period,
  title,
  emptyText,
}: {
  priority: number;
  kind: StatementKind;
  period?: string | undefined;
  title: string;
  emptyText: string;
}) {
  const { data, loading, error, refetch } = useQuery(EditableStatementsQuery, {
    variables: { number: priority, period },
  });
  const ops = useStatementOps(priority, kind, period);
  if (loading && !data) return <LoadingState what={title.toLowerCase()} />;
  if (error) return <ErrorState what={title.toLowerCase()} error={error} onRetry={() => void refetch()} />;
  const items = data?.priority?.[FIELD[kind]] ?? [];
  return (
    <TextListEditor
      title={title}
      noun={NOUN[kind]}
      emptyText={emptyText}
      entityType="Statement"
      items={items}
      ops={ops}
    />
  );
}
