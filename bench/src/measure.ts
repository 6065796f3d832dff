import autocannon from "autocannon";
import type { Measurement, Reference } from "./types.ts";

/**
 * One autocannon run on loopback. Every response body is checked, because a GraphQL error comes back as
 * HTTP 200: it must have the reference answer's exact length and no `errors` key. Errors, timeouts,
 * non-2xx statuses and mismatched bodies all count as errors.
 */
export async function measure(
  reference: Reference,
  connections: number,
  seconds: number,
): Promise<Measurement> {
  const { target } = reference;
  const expectedLength = reference.body.length;
  let sampleError: string | undefined;
  const result = await autocannon({
    url: target.url,
    method: target.method,
    headers: target.headers,
    body: target.body,
    connections,
    duration: seconds,
    timeout: 10,
    verifyBody: (body) => {
      const ok = body.length === expectedLength && !body.includes('"errors"');
      if (!ok) sampleError ??= body.slice(0, 300).trim();
      return ok;
    },
  });
  return {
    server: target.server,
    question: target.question,
    connections,
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes: reference.bytes,
    // autocannon counts a timeout in both `errors` and `timeouts`, and a non-2xx answer in both `non2xx`
    // and (its body failing the check) `mismatches`; count each failed request once.
    errors: result.errors + Math.max(result.mismatches, result.non2xx),
    errorKinds: `${result.timeouts} timeouts, ${result.errors - result.timeouts} connection errors, ${result.non2xx} non-2xx, ${result.mismatches} wrong bodies`,
    sampleError,
    correct: result.requests.total - Math.max(result.mismatches, result.non2xx),
    unfinished: Math.max(0, result.requests.sent - result.requests.total - result.errors),
  };
}
