import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../harness/index.ts";

// Inputs the database would refuse, or that no record can have, must come back as the client's
// mistake naming the argument: never INTERNAL_SERVER_ERROR, never Prisma's or PostgreSQL's words.
const NUL = "a\u0000b";
const PAST_INT4 = "2147483648";
// Development mode adds our own stack traces to every error; the driver's words never appear.
const LEAKS = /prisma|postgres|invalid byte sequence|\\u0000|out of range for type/i;

interface Case {
  name: string;
  role?: "EDITOR" | "ADMIN";
  query: string;
  variables?: Record<string, unknown>;
  /** The argument the error must name. */
  argument: string;
}

const CASES: Case[] = [
  {
    name: "NUL in a search (variable)",
    query: "query ($s: String) { metrics(search: $s) { id } }",
    variables: { s: NUL },
    argument: "search",
  },
  { name: "NUL in a search (literal)", query: '{ metrics(search: "a\\u0000b") { id } }', argument: "search" },
  {
    name: "NUL in a sign-in email",
    query: 'mutation ($e: String!) { signIn(email: $e, password: "x") { user { id } } }',
    variables: { e: `viewer@pcc.local${NUL}` },
    argument: "email",
  },
  {
    name: "NUL in a deliverable's note",
    role: "EDITOR",
    query:
      'mutation ($i: DeliverableInput!) { updateDeliverable(id: "1", input: $i, expectedVersion: 1, reason: "Corrected in a test of the published quarter") { errors { field } } }',
    variables: { i: { note: NUL } },
    argument: "input.note",
  },
  {
    name: "NUL in a deliverable's due text",
    role: "EDITOR",
    query: `mutation { addDeliverable(input: { priority: 1, action: "x", due: "June\\u000024", progress: 0 }, reason: "Corrected in a test of the published quarter") { errors { field } } }`,
    argument: "input.due",
  },
  {
    name: "NUL in auditHistory's arguments",
    role: "EDITOR",
    query: "query ($t: String!, $id: ID!) { auditHistory(entityType: $t, entityId: $id) { id } }",
    variables: { t: `Deliverable${NUL}`, id: "1" },
    argument: "entityType",
  },
  {
    name: "NUL in a metric id",
    query: "query ($id: ID!) { metric(id: $id) { id } }",
    variables: { id: NUL },
    argument: "id",
  },
  {
    name: "a deliverable id past 32 bits",
    query: `{ deliverable(id: ${PAST_INT4}) { id } }`,
    argument: "id",
  },
  {
    name: "a deliverable id past 32 bits (variable)",
    query: "query ($id: ID!) { deliverable(id: $id) { id } }",
    variables: { id: "99999999999999999999" },
    argument: "id",
  },
  {
    name: "an id past 32 bits in a list",
    role: "EDITOR",
    query:
      'mutation ($ids: [ID!]!) { reorderStatements(priority: 1, kind: RISK, ids: $ids, reason: "Corrected in a test of the published quarter") { errors { field } } }',
    variables: { ids: ["1", PAST_INT4] },
    argument: "ids",
  },
  {
    name: "an id past 32 bits in an input object",
    role: "EDITOR",
    query: `mutation { addCommentary(input: { sectionId: "${PAST_INT4}", text: "x" }, reason: "Corrected in a test of the published quarter") { errors { field } } }`,
    argument: "input.sectionId",
  },
  {
    name: "an audit event id past 64 bits",
    role: "EDITOR",
    query: `{ activity(before: "99999999999999999999999", limit: 1) { id } }`,
    argument: "before",
  },
  {
    name: "a user id past 32 bits",
    role: "ADMIN",
    query: `mutation { updateUser(id: "${PAST_INT4}", input: { name: "x" }, expectedVersion: 1) { errors { field } } }`,
    argument: "id",
  },
];

describe.each(["development", "production"])("bad input is the client's error (%s mode)", (mode) => {
  let server: TestServer;
  const cookies = new Map<string, string>();
  beforeAll(async () => {
    server = await startTestServer({ env: { NODE_ENV: mode } });
    cookies.set("EDITOR", await server.signInAs("EDITOR"));
    cookies.set("ADMIN", await server.signInAs("ADMIN"));
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(CASES)("$name → BAD_USER_INPUT naming $argument", async (c) => {
    const result = await server.graphql(c.query, c.variables, {
      cookie: c.role ? cookies.get(c.role) : null,
    });
    const error = result.errors?.[0];
    expect(error?.extensions?.code, JSON.stringify(result)).toBe("BAD_USER_INPUT");
    expect(error?.message).toContain(`"${c.argument}"`);
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.errors)).not.toMatch(LEAKS);
  });

  it("the same valid ids and strings still work", async () => {
    const result = await server.graphql(
      '{ deliverable(id: "1") { id } metrics(search: "abandon") { id } activity(limit: 1) { id } }',
      {},
      {
        cookie: cookies.get("EDITOR"),
      },
    );
    expect(result.errors).toBeUndefined();
    const paged = await server.graphql(
      `{ activity(before: "9007199254740993", limit: 1) { id } }`,
      {},
      {
        cookie: cookies.get("EDITOR"),
      },
    );
    expect(paged.errors, "audit event ids are 64-bit").toBeUndefined();
  });

  describe("persisted-query extensions", () => {
    const post = async (body: unknown) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    };
    const query = "{ health { ok } }";
    const sha = createHash("sha256").update(query).digest("hex");

    it.each([
      [
        "a hash that does not match the query",
        { query, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } },
      ],
      [
        "a hash that is not a string",
        { query, extensions: { persistedQuery: { version: 1, sha256Hash: 42 } } },
      ],
      ["an unknown version", { query, extensions: { persistedQuery: { version: 2, sha256Hash: sha } } }],
      ["persistedQuery that is not an object", { query, extensions: { persistedQuery: "yes" } }],
      ["extensions that are not an object", { query, extensions: "x" }],
    ])("%s → a 4xx client error", async (_name, body) => {
      const result = await post(body);
      expect(result.status, result.text).toBeGreaterThanOrEqual(400);
      expect(result.status, result.text).toBeLessThan(500);
      expect(result.text).not.toMatch(/INTERNAL_SERVER_ERROR/);
      expect(result.text).not.toMatch(LEAKS);
    });

    it("a hash alone, never registered, asks for the query (Apollo's protocol: 200 and a code)", async () => {
      const result = await post({
        extensions: { persistedQuery: { version: 1, sha256Hash: "f".repeat(64) } },
      });
      expect(result.text).toMatch(/PERSISTED_QUERY_NOT_FOUND/);
      expect(result.text).not.toMatch(LEAKS);
    });

    it("a correct hash with its query is served", async () => {
      const result = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha } } });
      expect(result.status).toBe(200);
    });
  });

  describe("file exports", () => {
    it.each([
      ["a metric id with a NUL", "/api/exports/metric/a%00b.csv"],
      ["a section id past 32 bits", `/api/exports/section/${PAST_INT4}.xlsx`],
    ])("%s → 4xx, no database text", async (_name, path) => {
      const response = await fetch(`${server.url}${path}`);
      const text = await response.text();
      expect(response.status, text).toBeGreaterThanOrEqual(400);
      expect(response.status, text).toBeLessThan(500);
      expect(text).not.toMatch(LEAKS);
    });
  });

  it("is still healthy", async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
