import { CombinedGraphQLErrors } from "@apollo/client/errors";

/**
 * When someone else saved first, the API fails with CONFLICT and extensions.current holds the record
 * as it now is (apps/api/src/errors.ts, conflict()). Returns that record, or null for any other error.
 */
export function readConflict<T>(error: unknown): T | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const found = error.errors.find((e) => e.extensions?.code === "CONFLICT");
  const current = found?.extensions?.current;
  return current && typeof current === "object" ? (current as T) : null;
}
