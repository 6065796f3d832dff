import { readFileSync } from "node:fs";
import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../harness/index.ts";

// A new production install: NODE_ENV=production with DEMO_DATA unset, so migrations only.
const server = useTestServer({ start: "empty", env: { NODE_ENV: "production", DEMO_DATA: "" } });

const CONTRACT = new URL("../../../../packages/graphql/schema.graphql", import.meta.url);

// Every top-level query with the fields a page asks for first; each must answer without a crash.
const QUERIES: Record<string, string> = {
  activity: "{ activity { id } }",
  areas: "{ areas { code } }",
  auditHistory: '{ auditHistory(entityType: "Deliverable", entityId: "1") { id } }',
  cjsScorecards: "{ cjsScorecards { id title } }",
  comparators: "{ comparators { code } }",
  currentPeriod: "{ currentPeriod { code label } }",
  deliverable: '{ deliverable(id: "1") { id } }',
  deliverableStatusDate: "{ deliverableStatusDate }",
  deliverables: "{ deliverables { id } }",
  exceptions: "{ exceptions { summary } }",
  glossary: "{ glossary { acronym } }",
  governance: "{ governance { code } }",
  health: "{ health { ok } }",
  me: "{ me { id } }",
  metric: '{ metric(id: "abandonment-rate-101") { id } }',
  metrics: "{ metrics { id } }",
  mostSimilarGroups: "{ mostSimilarGroups { id } }",
  plan: "{ plan { title } }",
  priorities: "{ priorities { number title } }",
  priority: "{ priority(number: 1) { title } }",
  reportingPeriods: "{ reportingPeriods { code } }",
  setupStatus: "{ setupStatus { isComplete } }",
  users: "{ users { id } }",
};

// What an empty database may answer: data (empty or null), not set up, or a refusal for roles.
const ALLOWED_CODES = new Set(["NOT_SET_UP", "NOT_FOUND", "UNAUTHENTICATED", "FORBIDDEN"]);

describe("an empty production start", () => {
  it("holds no demo report and no demo accounts", async () => {
    const { rows } = await server.db.pool.query<{ plans: string; users: string; periods: string }>(
      `SELECT (SELECT count(*) FROM "Plan") AS plans, (SELECT count(*) FROM "User") AS users,
              (SELECT count(*) FROM "ReportingPeriod") AS periods`,
    );
    expect(rows[0]).toEqual({ plans: "0", users: "0", periods: "0" });
  });

  it("covers every top-level query of the schema", () => {
    // Introspection is off in production, so the list is read from the committed contract.
    const names = Object.keys(buildSchema(readFileSync(CONTRACT, "utf8")).getQueryType()?.getFields() ?? {});
    expect(Object.keys(QUERIES).sort()).toEqual(names.sort());
  });

  for (const [name, query] of Object.entries(QUERIES)) {
    it(`answers ${name} for a reader and an admin without a server error`, async () => {
      for (const cookie of [null, await server.signInAs("ADMIN")]) {
        const result = await server.graphql(query, undefined, { cookie });
        expect(result.status, JSON.stringify(result.errors)).toBe(200);
        for (const error of result.errors ?? []) {
          expect(ALLOWED_CODES, `${name}: ${error.message}`).toContain(error.extensions?.code);
        }
      }
    });
  }

  it("tells readers it is not set up rather than that something is missing", async () => {
    for (const query of [QUERIES.plan, QUERIES.currentPeriod, QUERIES.deliverableStatusDate]) {
      const result = await server.graphql(query ?? "");
      expect(result.errors?.[0]?.extensions?.code).toBe("NOT_SET_UP");
    }
  });

  it("answers lists as empty", async () => {
    const result = await server.graphql<Record<string, unknown[]>>(
      "{ priorities { number } metrics { id } cjsScorecards { id } glossary { acronym } areas { code } comparators { code } mostSimilarGroups { id } reportingPeriods { code } exceptions { summary } deliverables { id } }",
    );
    expect(result.errors).toBeUndefined();
    for (const list of Object.values(result.data ?? {})) expect(list).toEqual([]);
  });
});
