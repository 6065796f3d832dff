import type { TypedDocumentNode } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { describeSaveFailure } from "../editing/describeSaveFailure";
import type { SetupErrors } from "./SetupErrors";
import { SetupStatusQuery } from "./SetupStatusQuery";

/**
 * Runs one setup step's mutation: keeps its field errors for the form, a sentence for the live region,
 * and refreshes the checklist (and every query on the page) once the step is saved.
 */
export function useSetupSave<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  errorsOf: (data: TData) => SetupErrors,
) {
  const [errors, setErrors] = useState<SetupErrors>([]);
  const [status, setStatus] = useState("");
  const [run, { loading }] = useMutation(document, {
    refetchQueries: [SetupStatusQuery],
    awaitRefetchQueries: true,
  });
  async function save(variables: TVariables, saved: string): Promise<boolean> {
    try {
      // Apollo types a generic document's options per call site; the variables are the document's own.
      const result = await (run as (options: { variables: TVariables }) => ReturnType<typeof run>)({
        variables,
      });
      const found = result.data ? errorsOf(result.data) : [];
      setErrors(found);
      setStatus(found.length ? "Not saved: check the fields marked with a warning." : saved);
      return found.length === 0;
    } catch (error) {
      setStatus(describeSaveFailure(error));
      return false;
    }
  }
  return { save, errors, status, loading };
}
