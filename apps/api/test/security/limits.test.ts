import { describe, expect, it } from "vitest";
import { useTestServer } from "../harness/index.ts";

const server = useTestServer();

function nested(depth: number): string {
  let selection = "id";
  for (let i = 0; i < depth; i++) selection = `me { ${selection} }`;
  return `{ ${selection} }`;
}

// Each fragment spreads the one before it and adds fields: the expanded document doubles per level.
function fragmentBomb(levels: number): string {
  let fragments = "fragment F0 on Query { me { id email name role } }\n";
  for (let i = 1; i <= levels; i++)
    fragments += `fragment F${i} on Query { ...F${i - 1} me { id } health { ok } }\n`;
  return `{ ...F${levels} }\n${fragments}`;
}

describe("graphql-armor and parser limits answer 400, before execution", () => {
  it.each([
    ["depth 20 (limit 12)", nested(20), /depth limit of 12/],
    [
      "20 aliases (limit 15)",
      `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(" ")} }`,
      /Aliases limit of 15/,
    ],
    ["6,000 tokens (limit 5,000)", `{ ${"__typename ".repeat(6000)} }`, /more that 5000 tokens/],
    [
      "30 directives (limit 20)",
      `{ __typename ${"@skip(if: false) ".repeat(30)} }`,
      /Directives limit of 20/,
    ],
    ["a fragment-expansion cost bomb", fragmentBomb(16), /Cost limit of 20000/],
  ])("%s", async (_name, query, message) => {
    const started = Date.now();
    const result = await server.graphql(query);
    expect(result.status).toBe(400);
    expect(result.errors?.map((e) => e.message).join("\n")).toMatch(message);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("allows an ordinary query at depth 4 with a few aliases", async () => {
    const result = await server.graphql("{ a: health { ok } b: health { database } me { id } }");
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
  });

  it("refuses batched requests (an array body)", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]),
    });
    expect(response.status).toBe(400);
  });

  it("refuses a body over 1 MB with 413", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ __typename } # ${"x".repeat(1_100_000)}` }),
    });
    expect(response.status).toBe(413);
  });

  it("answers malformed JSON with 400, not a crash", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query": "{ __typename }"',
    });
    expect(response.status).toBe(400);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe("CSRF prevention (Apollo): a simple cross-site request is refused", () => {
  it.each([
    ["text/plain", "text/plain"],
    ["a form post", "application/x-www-form-urlencoded"],
    ["multipart", "multipart/form-data; boundary=x"],
  ])("POST with %s content type → 400, no effect", async (_name, contentType) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": contentType },
      body: JSON.stringify({ query: 'mutation { signIn(email: "a@b.c", password: "x") { user { id } } }' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("a GET query without a preflight header → 400", async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF|preflight/i);
  });

  it("a GET query with the apollo-require-preflight header is served", async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(response.status).toBe(200);
  });

  it("a GET cannot run a mutation", async () => {
    const query = encodeURIComponent("mutation { signOut }");
    const response = await fetch(`${server.url}/graphql?query=${query}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(response.status).toBe(405);
  });
});
