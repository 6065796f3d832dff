import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { createApolloClient } from "./createApolloClient";

// Parsed here rather than tagged, so the app's code generation does not take them for app documents.
const PRIORITIES = parse("query Priorities { priorities { number } }");
const EDIT = parse("mutation Edit { signOut }");
const ANSWER = { data: { priorities: [{ __typename: "Priority", number: 1 }] } };

/** A fetch that fails in the given ways, in order, then answers; records every call. */
function flakyFetch(failures: Array<"offline" | number>, answer: unknown = ANSWER) {
  const calls: string[] = [];
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    calls.push(String(init?.body));
    const failure = failures[calls.length - 1];
    if (failure === "offline") throw new TypeError("Failed to fetch");
    if (typeof failure === "number") return new Response("{}", { status: failure });
    return new Response(JSON.stringify(answer), { headers: { "content-type": "application/json" } });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

describe("createApolloClient on poor Wi-Fi", () => {
  it("tries a read again when the connection drops or a replica is restarting, then answers", async () => {
    const network = flakyFetch(["offline", 503]);
    const client = createApolloClient({ fetch: network.fetch, retryDelayMs: 1 });
    const result = await client.query<{ priorities: { number: number }[] }>({ query: PRIORITIES });
    expect(result.data?.priorities).toEqual([{ __typename: "Priority", number: 1 }]);
    expect(network.calls).toHaveLength(3);
  });

  it("gives up after three tries, so the page can show its error and Retry", async () => {
    const network = flakyFetch(["offline", "offline", "offline", "offline"]);
    const client = createApolloClient({ fetch: network.fetch, retryDelayMs: 1 });
    await expect(client.query({ query: PRIORITIES })).rejects.toThrow(/Failed to fetch/);
    expect(network.calls).toHaveLength(3);
  });

  it("does not repeat a read the server refused (a 4xx answer will not change)", async () => {
    const network = flakyFetch([400]);
    const client = createApolloClient({ fetch: network.fetch, retryDelayMs: 1 });
    await expect(client.query({ query: PRIORITIES })).rejects.toThrow();
    expect(network.calls).toHaveLength(1);
  });

  it("never repeats an edit, which may have landed", async () => {
    const network = flakyFetch(["offline"], { data: { signOut: true } });
    const client = createApolloClient({ fetch: network.fetch, retryDelayMs: 1 });
    await expect(client.mutate({ mutation: EDIT })).rejects.toThrow(/Failed to fetch/);
    expect(network.calls).toHaveLength(1);
  });

  it("does not retry while rendering on the server, which has its own time limit", async () => {
    const network = flakyFetch(["offline"]);
    const client = createApolloClient({ fetch: network.fetch, ssrMode: true, retryDelayMs: 1 });
    await expect(client.query({ query: PRIORITIES })).rejects.toThrow(/Failed to fetch/);
    expect(network.calls).toHaveLength(1);
  });
});

describe("createApolloClient's cache", () => {
  const METRIC = parse('query M { metric(id: "does-not-exist") { id name } }');

  it("keeps the server's null for an unknown metric, so the page hydrates as the server rendered it", () => {
    const server = createApolloClient({ ssrMode: true });
    server.cache.writeQuery({ query: METRIC, data: { metric: null } });
    const browser = createApolloClient();
    browser.cache.restore(server.extract());
    expect(browser.cache.readQuery({ query: METRIC })).toEqual({ metric: null });
  });
});
