import type { Reference, Target } from "./types.ts";

/**
 * Asks a target its question once and insists on a real answer: HTTP 200, JSON, no GraphQL `errors`
 * (which arrive with status 200), and data present. The body becomes the reference every benchmarked
 * response is compared with.
 */
export async function fetchReference(target: Target): Promise<Reference> {
  const where = `${target.server} / ${target.question}`;
  const response = await fetch(target.url, {
    method: target.method,
    headers: target.headers,
    body: target.body,
  }).catch((error: Error) => {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
    throw new Error(`${where}: no answer: ${error.message}${cause}`);
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${where}: HTTP ${response.status}: ${body.slice(0, 500)}`);
  const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown };
  if (parsed.errors)
    throw new Error(`${where}: GraphQL errors: ${JSON.stringify(parsed.errors).slice(0, 800)}`);
  const count = target.count(parsed.data);
  if (count.items === 0) throw new Error(`${where}: the answer is empty: ${body.slice(0, 300)}`);
  return { target, body, bytes: Buffer.byteLength(body), count };
}
