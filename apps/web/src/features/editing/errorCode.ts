import { CombinedGraphQLErrors } from "@apollo/client/errors";

/** The first GraphQL error's extensions.code (CONFLICT, FORBIDDEN, …), or null for other failures. */
export function errorCode(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === "string" ? code : null;
}
