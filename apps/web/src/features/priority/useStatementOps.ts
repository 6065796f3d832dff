import { useMutation } from "@apollo/client/react";
import { graphql } from "../../gql";
import type { StatementKind } from "../../gql/graphql";
import { useCorrectionReason } from "../editing/useCorrectionReason";
import type { TextListOps } from "./TextListOps";
import { useListWrite } from "./useListWrite";

const StatementFields = graphql(`
  fragment EditableStatement on Statement {
    id
    kind
    text
    position
    retired
    version
    updatedAt
  }
`);
void StatementFields;

const AddStatement = graphql(`
  mutation AddStatement($input: AddStatementInput!, $reason: String) {
    addStatement(input: $input, reason: $reason) { statement { ...EditableStatement } errors { field message } }
  }
`);
const EditStatement = graphql(`
  mutation EditStatement($id: ID!, $text: String!, $expectedVersion: Int!, $reason: String) {
    editStatement(id: $id, input: { text: $text }, expectedVersion: $expectedVersion, reason: $reason) {
      statement { ...EditableStatement }
      errors { field message }
    }
  }
`);
const RetireStatement = graphql(`
  mutation RetireStatement($id: ID!, $expectedVersion: Int!, $reason: String) {
    retireStatement(id: $id, expectedVersion: $expectedVersion, reason: $reason) { statement { ...EditableStatement } errors { field message } }
  }
`);
const RestoreStatement = graphql(`
  mutation RestoreStatement($id: ID!, $expectedVersion: Int!, $reason: String) {
    restoreStatement(id: $id, expectedVersion: $expectedVersion, reason: $reason) { statement { ...EditableStatement } errors { field message } }
  }
`);
const ReorderStatements = graphql(`
  mutation ReorderStatements($priority: Int!, $kind: StatementKind!, $period: String, $ids: [ID!]!, $reason: String) {
    reorderStatements(priority: $priority, kind: $kind, period: $period, ids: $ids, reason: $reason) {
      statements { ...EditableStatement }
      errors { field message }
    }
  }
`);

/** The statement writes for one priority, kind and period; list changes refetch what is on screen. */
export function useStatementOps(
  priority: number,
  kind: StatementKind,
  period: string | undefined,
): TextListOps {
  const reason = useCorrectionReason();
  const [add] = useMutation(AddStatement);
  const [edit] = useMutation(EditStatement);
  const [retire] = useMutation(RetireStatement);
  const [restore] = useMutation(RestoreStatement);
  const [reorder] = useMutation(ReorderStatements);
  const then = useListWrite();
  return {
    add: (text) =>
      then(
        add({ variables: { reason, input: { priority, kind, text, period: period ?? null } } }),
        (r) => r.data?.addStatement.errors ?? [],
      ),
    edit: async (id, text, expectedVersion) =>
      (await edit({ variables: { reason, id, text, expectedVersion } })).data?.editStatement.errors ?? [],
    retire: (id, expectedVersion) =>
      then(
        retire({ variables: { reason, id, expectedVersion } }),
        (r) => r.data?.retireStatement.errors ?? [],
      ),
    restore: (id, expectedVersion) =>
      then(
        restore({ variables: { reason, id, expectedVersion } }),
        (r) => r.data?.restoreStatement.errors ?? [],
      ),
    reorder: (ids) =>
      then(
        reorder({ variables: { reason, priority, kind, period: period ?? null, ids } }),
        (r) => r.data?.reorderStatements.errors ?? [],
      ),
  };
}
