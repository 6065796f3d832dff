import type { TestServer } from "../harness/index.ts";

/** Who runs it: a harness user of that role, or the holder of a session cookie. */
export type BuilderActor = Parameters<TestServer["signInAs"]>[0] | { cookie: string };
interface Payload {
  errors?: { field: string; message: string }[];
}

/**
 * Runs one mutation as `actor` and returns its payload. A builder only makes data,
 * so any refusal (a top-level error or a field error) is a broken test set-up and throws.
 */
export async function builderMutation<T>(
  server: TestServer,
  actor: BuilderActor,
  document: string,
  variables: Record<string, unknown>,
): Promise<T & Payload> {
  const cookie = typeof actor === "string" ? await server.signInAs(actor) : actor.cookie;
  const result = await server.graphql<Record<string, T & Payload>>(document, variables, { cookie });
  const payload = result.data ? Object.values(result.data)[0] : undefined;
  if (result.errors || !payload || (payload.errors?.length ?? 0) > 0) {
    throw new Error(`Builder mutation refused: ${JSON.stringify(result.errors ?? payload)}`);
  }
  return payload;
}
