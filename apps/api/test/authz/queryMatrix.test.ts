import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/context.ts";
import { startTestServer, type TestServer } from "../harness/index.ts";

// Every query × every role (including anonymous), as operationMatrix.test.ts does for mutations.
// The published scorecard is public (decision 0007); a record's history needs a sign-in; who did
// what across the scorecard (activity) needs an editor; anything about users needs an admin.
type Caller = Role | "ANONYMOUS";
const CALLERS: Caller[] = ["ANONYMOUS", "VIEWER", "EDITOR", "ADMIN"];
const RANK: Record<Caller, number> = { ANONYMOUS: 0, VIEWER: 1, EDITOR: 2, ADMIN: 3 };

interface QueryCase {
  field: string;
  name: string;
  minimum: Caller;
  document: string;
}

const quarter = "2023-Q-MAR-MAY";
const QUERIES: QueryCase[] = [
  { field: "activity", name: "activity", minimum: "EDITOR", document: "{ activity(limit: 5) { id } }" },
  { field: "areas", name: "areas", minimum: "ANONYMOUS", document: "{ areas { code } }" },
  {
    field: "auditHistory",
    name: "auditHistory of a deliverable",
    minimum: "VIEWER",
    document: `{ auditHistory(entityType: "Deliverable", entityId: "1") { id } }`,
  },
  {
    field: "auditHistory",
    name: "auditHistory of a user",
    minimum: "ADMIN",
    document: `{ auditHistory(entityType: "User", entityId: "1") { id after } }`,
  },
  {
    field: "cjsScorecards",
    name: "cjsScorecards",
    minimum: "ANONYMOUS",
    document: "{ cjsScorecards { id } }",
  },
  { field: "comparators", name: "comparators", minimum: "ANONYMOUS", document: "{ comparators { id } }" },
  {
    field: "currentPeriod",
    name: "currentPeriod",
    minimum: "ANONYMOUS",
    document: "{ currentPeriod { code } }",
  },
  {
    field: "deliverable",
    name: "deliverable",
    minimum: "ANONYMOUS",
    document: `{ deliverable(id: "1") { id } }`,
  },
  {
    field: "deliverableStatusDate",
    name: "deliverableStatusDate",
    minimum: "ANONYMOUS",
    document: "{ deliverableStatusDate }",
  },
  { field: "deliverables", name: "deliverables", minimum: "ANONYMOUS", document: "{ deliverables { id } }" },
  {
    field: "exceptions",
    name: "exceptions",
    minimum: "ANONYMOUS",
    document: `{ exceptions(period: "${quarter}") { severity } }`,
  },
  { field: "glossary", name: "glossary", minimum: "ANONYMOUS", document: "{ glossary { acronym } }" },
  { field: "governance", name: "governance", minimum: "ANONYMOUS", document: "{ governance { id } }" },
  { field: "health", name: "health", minimum: "ANONYMOUS", document: "{ health { ok } }" },
  { field: "me", name: "me", minimum: "ANONYMOUS", document: "{ me { id } }" },
  {
    field: "metric",
    name: "metric",
    minimum: "ANONYMOUS",
    document: `{ metric(id: "abandonment-rate-101") { id } }`,
  },
  { field: "metrics", name: "metrics", minimum: "ANONYMOUS", document: "{ metrics { id } }" },
  {
    field: "mostSimilarGroups",
    name: "mostSimilarGroups",
    minimum: "ANONYMOUS",
    document: "{ mostSimilarGroups { id } }",
  },
  { field: "plan", name: "plan", minimum: "ANONYMOUS", document: "{ plan { id } }" },
  { field: "priorities", name: "priorities", minimum: "ANONYMOUS", document: "{ priorities { id } }" },
  { field: "priority", name: "priority", minimum: "ANONYMOUS", document: "{ priority(number: 1) { id } }" },
  {
    field: "reportingPeriods",
    name: "reportingPeriods",
    minimum: "ANONYMOUS",
    document: "{ reportingPeriods { code } }",
  },
  { field: "users", name: "users", minimum: "ADMIN", document: "{ users { id } }" },
];

let server: TestServer;
const cookies = new Map<Caller, string | null>();
beforeAll(async () => {
  server = await startTestServer();
  cookies.set("ANONYMOUS", null);
  for (const role of ["VIEWER", "EDITOR", "ADMIN"] as const) cookies.set(role, await server.signInAs(role));
});
afterAll(async () => {
  await server?.close();
});

const expected = (caller: Caller, minimum: Caller) =>
  RANK[caller] >= RANK[minimum] ? "ALLOWED" : caller === "ANONYMOUS" ? "UNAUTHENTICATED" : "FORBIDDEN";

describe.each(QUERIES)("$name", (query) => {
  it.each(CALLERS)("as %s", async (caller) => {
    const result = await server.graphql(query.document, {}, { cookie: cookies.get(caller) });
    const want = expected(caller, query.minimum);
    if (want === "ALLOWED") {
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(result.status).toBe(200);
    } else {
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result)).toBe(want);
      expect(result.data ?? null, "a refused query returns no data").toBeNull();
    }
  });
});

it("covers every query in the schema", async () => {
  const result = await server.graphql<{ __schema: { queryType: { fields: { name: string }[] } } }>(
    "{ __schema { queryType { fields { name } } } }",
  );
  const names = result.data?.__schema.queryType.fields.map((f) => f.name) ?? [];
  expect(names.sort()).toEqual([...new Set(QUERIES.map((q) => q.field))].sort());
});

it("the activity feed shows user changes to admins only", async () => {
  // The harness created its users through insertUser, which wrote a user.create audit row each.
  const ACTIVITY = "{ activity(limit: 200) { entityType } }";
  const asAdmin = await server.graphql<{ activity: { entityType: string }[] }>(
    ACTIVITY,
    {},
    {
      cookie: cookies.get("ADMIN"),
    },
  );
  const asEditor = await server.graphql<{ activity: { entityType: string }[] }>(
    ACTIVITY,
    {},
    {
      cookie: cookies.get("EDITOR"),
    },
  );
  expect(asAdmin.data?.activity.map((e) => e.entityType)).toContain("User");
  expect(asEditor.errors).toBeUndefined();
  expect(asEditor.data?.activity.map((e) => e.entityType)).not.toContain("User");
});
