import type { Reference } from "./types.ts";

/**
 * Waits until a server has worked off what the last run left behind. autocannon stops counting at the
 * end of a run, but the server still finishes every request in flight; without this the next server's
 * run would share the CPU with that backlog. A request sent now queues behind the backlog, so its answer
 * marks the end of it.
 */
export async function settle(reference: Reference): Promise<void> {
  const { target } = reference;
  try {
    const response = await fetch(target.url, {
      method: target.method,
      headers: target.headers,
      body: target.body,
      signal: AbortSignal.timeout(120_000),
    });
    await response.arrayBuffer();
  } catch {
    // A server that cannot answer now fails its next run visibly; nothing to wait for here.
  }
}
