import { useMutation } from "@apollo/client/react";
import { graphql } from "../../gql";
import type { SaveValues } from "../editing/useSaveRequest";

const CorrectDeliverableDueDateMutation = graphql(`
  mutation CorrectDeliverableDueDate($id: ID!, $dueDate: String!, $expectedVersion: Int!) {
    correctDeliverableDueDate(id: $id, dueDate: $dueDate, expectedVersion: $expectedVersion) {
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

/** A SaveValues for one deliverable's corrected due date, sent against the version loaded. */
export function useCorrectDueDate(id: string): SaveValues {
  const [mutate] = useMutation(CorrectDeliverableDueDateMutation);
  return async (values, expectedVersion) => {
    const dueDate = String(values.dueDate ?? "").trim();
    const { data } = await mutate({ variables: { id, dueDate, expectedVersion } });
    return data?.correctDeliverableDueDate.errors ?? [];
  };
}
