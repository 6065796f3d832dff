import { useRefetchActive } from "../editing/useRefetchActive";

type FieldErrors = readonly { field: string; message: string }[];

/**
 * Runs a list write (add, retire, restore, reorder) and returns its field errors. Every list change
 * reloads the lists on screen, also after a failure: a CONFLICT means the list this editor sees is stale.
 */
export function useListWrite(): <T>(
  run: Promise<T>,
  errorsOf: (data: T) => FieldErrors,
) => Promise<FieldErrors> {
  const refetch = useRefetchActive();
  return async (run, errorsOf) => {
    try {
      return errorsOf(await run);
    } finally {
      refetch();
    }
  };
}
