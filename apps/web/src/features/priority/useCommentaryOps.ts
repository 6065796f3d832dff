import { useMutation } from "@apollo/client/react";
import { graphql } from "../../gql";
import { useCorrectionReason } from "../editing/useCorrectionReason";
import type { TextListOps } from "./TextListOps";
import { useListWrite } from "./useListWrite";

const CommentaryFields = graphql(`
  fragment EditableCommentary on Commentary {
    id
    text
    position
    retired
    version
    updatedAt
  }
`);
void CommentaryFields;

const AddCommentary = graphql(`
  mutation AddCommentary($input: AddCommentaryInput!, $reason: String) {
    addCommentary(input: $input, reason: $reason) { commentary { ...EditableCommentary } errors { field message } }
  }
`);
const EditCommentary = graphql(`
  mutation EditCommentary($id: ID!, $text: String!, $expectedVersion: Int!, $reason: String) {
    editCommentary(id: $id, text: $text, expectedVersion: $expectedVersion, reason: $reason) {
      commentary { ...EditableCommentary }
      errors { field message }
    }
  }
`);
const RetireCommentary = graphql(`
  mutation RetireCommentary($id: ID!, $expectedVersion: Int!, $reason: String) {
    retireCommentary(id: $id, expectedVersion: $expectedVersion, reason: $reason) { commentary { ...EditableCommentary } errors { field message } }
  }
`);
const ReorderCommentary = graphql(`
  mutation ReorderCommentary($sectionId: ID!, $period: String, $ids: [ID!]!, $reason: String) {
    reorderCommentary(sectionId: $sectionId, period: $period, ids: $ids, reason: $reason) {
      commentary { ...EditableCommentary }
      errors { field message }
    }
  }
`);

/** The commentary writes for one scorecard section and period (the contract has no restore for commentary). */
export function useCommentaryOps(sectionId: string, period: string | undefined): TextListOps {
  const reason = useCorrectionReason();
  const [add] = useMutation(AddCommentary);
  const [edit] = useMutation(EditCommentary);
  const [retire] = useMutation(RetireCommentary);
  const [reorder] = useMutation(ReorderCommentary);
  const then = useListWrite();
  return {
    add: (text) =>
      then(
        add({ variables: { reason, input: { sectionId, text, period: period ?? null } } }),
        (r) => r.data?.addCommentary.errors ?? [],
      ),
    edit: async (id, text, expectedVersion) =>
      (await edit({ variables: { reason, id, text, expectedVersion } })).data?.editCommentary.errors ?? [],
    retire: (id, expectedVersion) =>
      then(
        retire({ variables: { reason, id, expectedVersion } }),
        (r) => r.data?.retireCommentary.errors ?? [],
      ),
    reorder: (ids) =>
      then(
        reorder({ variables: { reason, sectionId, period: period ?? null, ids } }),
        (r) => r.data?.reorderCommentary.errors ?? [],
      ),
  };
}
