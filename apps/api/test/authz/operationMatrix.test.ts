import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/context.ts";
import { startTestServer, type TestServer } from "../harness/index.ts";

// Issue 4: "An authorisation test matrix covers every mutation × every role (including anonymous)".
// Scorecard writes need EDITOR or above; user administration needs ADMIN; activity (who did what)
// needs EDITOR; a record's history needs any signed-in user.
type Caller = Role | "ANONYMOUS";
const CALLERS: Caller[] = ["ANONYMOUS", "VIEWER", "EDITOR", "ADMIN"];
const RANK: Record<Caller, number> = { ANONYMOUS: 0, VIEWER: 1, EDITOR: 2, ADMIN: 3 };

interface Operation {
  name: string;
  minimum: Role;
  document: string;
  variables?: (caller: Caller) => Record<string, unknown>;
}

const quarter = "2023-Q-MAR-MAY";
const OPERATIONS: Operation[] = [
  {
    name: "updateDeliverable",
    minimum: "EDITOR",
    document: `mutation { updateDeliverable(id: "1", input: { progress: 45 }, expectedVersion: 1) { errors { field } } }`,
  },
  {
    name: "addDeliverable",
    minimum: "EDITOR",
    document: `mutation { addDeliverable(input: { priority: 1, action: "Matrix check", due: "June 24", progress: 0 }) { errors { field } } }`,
  },
  {
    name: "retireDeliverable",
    minimum: "EDITOR",
    document: `mutation { retireDeliverable(id: "4", expectedVersion: 1) { errors { field } } }`,
  },
  {
    name: "addStatement",
    minimum: "EDITOR",
    document: `mutation { addStatement(input: { priority: 2, kind: FOCUS, text: "Matrix check" }) { errors { field } } }`,
  },
  {
    name: "editStatement",
    minimum: "EDITOR",
    document: `mutation { editStatement(id: "1", input: { text: "Matrix check" }, expectedVersion: 1) { errors { field } } }`,
  },
  {
    name: "retireStatement",
    minimum: "EDITOR",
    document: `mutation { retireStatement(id: "2", expectedVersion: 1) { errors { field } } }`,
  },
  {
    name: "restoreStatement",
    minimum: "EDITOR",
    document: `mutation { restoreStatement(id: "2", expectedVersion: 2) { errors { field } } }`,
  },
  {
    name: "reorderStatements",
    minimum: "EDITOR",
    document: `mutation { reorderStatements(priority: 1, kind: RISK, ids: []) { errors { field } } }`,
  },
  {
    name: "addCommentary",
    minimum: "EDITOR",
    document: `mutation { addCommentary(input: { sectionId: "1", text: "Matrix check" }) { errors { field } } }`,
  },
  {
    name: "editCommentary",
    minimum: "EDITOR",
    document: `mutation { editCommentary(id: "1", text: "Matrix check", expectedVersion: 1) { errors { field } } }`,
  },
  {
    name: "retireCommentary",
    minimum: "EDITOR",
    document: `mutation { retireCommentary(id: "2", expectedVersion: 1) { errors { field } } }`,
  },
  {
    name: "reorderCommentary",
    minimum: "EDITOR",
    document: `mutation { reorderCommentary(sectionId: "1", ids: []) { errors { field } } }`,
  },
  {
    name: "recordObservation",
    minimum: "EDITOR",
    document: `mutation { recordObservation(input: { metricId: "crime-volume", periodStart: "2023-04", periodEnd: "2023-04", value: 3400 }) { errors { field } } }`,
  },
  {
    name: "correctObservation",
    minimum: "EDITOR",
    document: `mutation { correctObservation(id: "1", input: { metricId: "crime-volume", periodStart: "2019-04", periodEnd: "2019-04", value: 1 }, expectedVersion: 1) { errors { field } } }`,
  },
  {
    name: "acceptNarrative",
    minimum: "EDITOR",
    document: `mutation { acceptNarrative(metricId: "abandonment-rate-101", period: "${quarter}", key: "latest", expectedVersion: 0) { errors { field } } }`,
  },
  {
    name: "editNarrative",
    minimum: "EDITOR",
    document: `mutation { editNarrative(metricId: "abandonment-rate-101", period: "${quarter}", key: "change", text: "Matrix check", expectedVersion: 0) { errors { field } } }`,
  },
  {
    name: "recordBenchmark",
    minimum: "EDITOR",
    document: `mutation { recordBenchmark(input: { metricId: "crimes-per-1000", comparator: "warwickshire", periodStart: "2021-04", periodEnd: "2022-03", value: 60 }) { errors { field } } }`,
  },
  {
    name: "createUser",
    minimum: "ADMIN",
    document: `mutation C($email: String!) { createUser(input: { email: $email, name: "Matrix", role: VIEWER, password: "matrix-password-01" }) { errors { field } } }`,
    variables: (caller) => ({ email: `matrix-${caller.toLowerCase()}@harness.test` }),
  },
  {
    name: "updateUser",
    minimum: "ADMIN",
    document: `mutation { updateUser(id: "1", input: { name: "Matrix" }, expectedVersion: 1) { errors { field } } }`,
  },
  { name: "activity (query)", minimum: "EDITOR", document: `{ activity { id } }` },
  {
    name: "auditHistory (query)",
    minimum: "VIEWER",
    document: `{ auditHistory(entityType: "Deliverable", entityId: "1") { id } }`,
  },
  { name: "users (query)", minimum: "ADMIN", document: `{ users { id } }` },
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

const expected = (caller: Caller, minimum: Role) =>
  caller === "ANONYMOUS" ? "UNAUTHENTICATED" : RANK[caller] < RANK[minimum] ? "FORBIDDEN" : "ALLOWED";

describe.each(OPERATIONS)("$name", (op) => {
  it.each(CALLERS)(`as %s`, async (caller) => {
    const result = await server.graphql(op.document, op.variables?.(caller) ?? {}, {
      cookie: cookies.get(caller),
    });
    const code = result.errors?.[0]?.extensions?.code;
    const want = expected(caller, op.minimum);
    if (want === "ALLOWED") {
      // Allowed means the request got past authorisation: data, field errors or a version conflict.
      expect(["UNAUTHENTICATED", "FORBIDDEN"], JSON.stringify(result.errors)).not.toContain(code);
      expect(result.status).toBe(200);
    } else {
      expect(code, JSON.stringify(result)).toBe(want);
    }
  });
});

it("covers every mutation in the schema", async () => {
  const result = await server.graphql<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
    `{ __schema { mutationType { fields { name } } } }`,
  );
  const open = new Set(["signIn", "signOut", "_noop"]);
  const names = result.data!.__schema.mutationType.fields.map((f) => f.name).filter((n) => !open.has(n));
  expect(names.sort()).toEqual(
    OPERATIONS.map((o) => o.name)
      .filter((n) => !n.includes(" "))
      .sort(),
  );
});

it("refused callers changed nothing: no audit row names the viewer", async () => {
  const result = await server.graphql<{ activity: { actorEmail: string }[] }>(
    `{ activity(limit: 200) { actorEmail } }`,
    {},
    {
      cookie: cookies.get("ADMIN"),
    },
  );
  const actors = new Set(result.data!.activity.map((e) => e.actorEmail));
  // "system" rows are the harness creating its own users; anonymous callers have no email at all.
  expect([...actors].sort()).toEqual(["admin@harness.test", "editor@harness.test", "system"]);
});
