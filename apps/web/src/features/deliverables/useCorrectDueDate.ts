import { useMutation } from "@apollo/client/react";
import { graphql } from "../../gql";
import { useCorrectionReason } from "../editing/useCorrectionReason";
import type { SaveValues } from "../editing/useSaveRequest";

const CorrectDeliverableDueDateMutation = graphql(`
  mutation CorrectDeliverableDueDate($id: ID!, $dueDate: String!, $expectedVersion: Int!, $reason: String) {
    correctDeliverableDueDate(id: $id, dueDate: $dueDate, expectedVersion: $expectedVersion, reason: $reason) {
      deliverable {
        id
        dueDate
        dueDateSource
        status
        version
        updatedAt
      }
      errors {
        field
        message
      }
    }
  }
`);

/**
 * A SaveValues for one deliverable's corrected due date, sent against the version loaded (with the
 * page's correction reason when its quarter is published).
 */
export function useCorrectDueDate(id: string): SaveValues {
  const reason = useCorrectionReason();
  const [mutate] = useMutation(CorrectDeliverableDueDateMutation);
  return async (values, expectedVersion) => {
    const dueDate = String(values.dueDate ?? "").trim();
    const { data } = await mutate({ variables: { reason, id, dueDate, expectedVersion } });
    return data?.correctDeliverableDueDate.errors ?? [];
  };
}
