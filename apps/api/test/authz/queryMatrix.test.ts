import { beforeAll, describe, expect, it } from "vitest";
import { buildDeliverable, buildMetric, buildQuarter, buildUser } from "../builders/index.ts";
import { type Caller, useEveryCaller } from "./useEveryCaller.ts";

// Every query × every role (including anonymous), as operationMatrix.test.ts does for mutations.
// The published scorecard is public (decision 0007); a record's history needs a sign-in; who did
// what across the scorecard (activity) needs an editor; anything about users needs an admin.

/** The records the queries ask about, built for this file before the matrix runs. */
interface World {
  quarter: string;
  deliverable: string;
  metric: string;
  priority: number;
  userId: number;
}

interface QueryCase {
  field: string;
  name: string;
  minimum: Caller;
  document: string | ((world: World) => string);
}

const QUERIES: QueryCase[] = [
  { field: "activity", name: "activity", minimum: "EDITOR", document: "{ activity(limit: 5) { id } }" },
  { field: "areas", name: "areas", minimum: "ANONYMOUS", document: "{ areas { code } }" },
  {
    field: "auditHistory",
    name: "auditHistory of a deliverable",
    minimum: "VIEWER",
    document: (w) => `{ auditHistory(entityType: "Deliverable", entityId: "${w.deliverable}") { id } }`,
  },
  {
    field: "auditHistory",
    name: "auditHistory of a user",
    minimum: "ADMIN",
    document: (w) => `{ auditHistory(entityType: "User", entityId: "${w.userId}") { id after } }`,
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
    document: (w) => `{ deliverable(id: "${w.deliverable}") { id } }`,
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
    document: (w) => `{ exceptions(period: "${w.quarter}") { severity } }`,
  },
  { field: "glossary", name: "glossary", minimum: "ANONYMOUS", document: "{ glossary { acronym } }" },
  { field: "governance", name: "governance", minimum: "ANONYMOUS", document: "{ governance { id } }" },
  { field: "health", name: "health", minimum: "ANONYMOUS", document: "{ health { ok } }" },
  { field: "me", name: "me", minimum: "ANONYMOUS", document: "{ me { id } }" },
  {
    field: "metric",
    name: "metric",
    minimum: "ANONYMOUS",
    document: (w) => `{ metric(id: "${w.metric}") { id } }`,
  },
  { field: "metrics", name: "metrics", minimum: "ANONYMOUS", document: "{ metrics { id } }" },
  {
    field: "metricCatalogue",
    name: "metricCatalogue",
    minimum: "ADMIN",
    document: "{ metricCatalogue { metric { id } history { actorEmail } } }",
  },
  {
    field: "mostSimilarGroups",
    name: "mostSimilarGroups",
    minimum: "ANONYMOUS",
    document: "{ mostSimilarGroups { id } }",
  },
  { field: "plan", name: "plan", minimum: "ANONYMOUS", document: "{ plan { id } }" },
  { field: "priorities", name: "priorities", minimum: "ANONYMOUS", document: "{ priorities { id } }" },
  {
    field: "priority",
    name: "priority",
    minimum: "ANONYMOUS",
    document: (w) => `{ priority(number: ${w.priority}) { id } }`,
  },
  {
    field: "reportingPeriods",
    name: "reportingPeriods",
    minimum: "ANONYMOUS",
    document: "{ reportingPeriods { code } }",
  },
  { field: "users", name: "users", minimum: "ADMIN", document: "{ users { id } }" },
];

const { server, callers, cookieOf, outcomeFor } = useEveryCaller();
let world: World;
beforeAll(async () => {
  const deliverable = await buildDeliverable(server);
  world = {
    quarter: (await buildQuarter(server)).code,
    deliverable: deliverable.id,
    metric: (await buildMetric(server)).id,
    priority: deliverable.priorityNumber,
    userId: (await buildUser(server)).id,
  };
});

describe.each(QUERIES)("$name", (query) => {
  it.each(callers)("as %s", async (caller) => {
    const document = typeof query.document === "string" ? query.document : query.document(world);
    const result = await server.graphql(document, {}, { cookie: cookieOf(caller) });
    const want = outcomeFor(caller, query.minimum);
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
    { cookie: cookieOf("ADMIN") },
  );
  const asEditor = await server.graphql<{ activity: { entityType: string }[] }>(
    ACTIVITY,
    {},
    { cookie: cookieOf("EDITOR") },
  );
  expect(asAdmin.data?.activity.map((e) => e.entityType)).toContain("User");
  expect(asEditor.errors).toBeUndefined();
  expect(asEditor.data?.activity.map((e) => e.entityType)).not.toContain("User");
});
