import { useMutation } from "@apollo/client/react";
import { graphql } from "../../gql";
import { useCorrectionReason } from "../editing/useCorrectionReason";
import type { SaveValues } from "../editing/useSaveRequest";

const UpdateDeliverableMutation = graphql(`
  mutation UpdateDeliverable($id: ID!, $input: DeliverableInput!, $expectedVersion: Int!, $reason: String) {
    updateDeliverable(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) {
      deliverable {
        id
        progress
        due
        dueDate
        note
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

/** A SaveValues for one deliverable: progress, due and note, sent against the version loaded. */
export function useUpdateDeliverable(id: string): SaveValues {
  const reason = useCorrectionReason();
  const [mutate] = useMutation(UpdateDeliverableMutation);
  return async (values, expectedVersion) => {
    const input: { progress?: number; due?: string; note?: string } = {};
    if (typeof values.progress === "number") input.progress = values.progress;
    if ("due" in values) input.due = String(values.due ?? "");
    if ("note" in values) input.note = String(values.note ?? "");
    const { data } = await mutate({ variables: { reason, id, input, expectedVersion } });
    return data?.updateDeliverable.errors ?? [];
  };
}
