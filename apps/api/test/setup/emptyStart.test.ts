import { readFileSync } from "node:fs";
import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../harness/index.ts";
import { ALLOWED_CODES, TOP_LEVEL_QUERIES as QUERIES } from "./topLevelQueries.ts";

// A new production install: NODE_ENV=production with DEMO_DATA unset, so migrations only.
const server = useTestServer({ start: "empty", env: { NODE_ENV: "production", DEMO_DATA: "" } });

const CONTRACT = new URL("../../../../packages/graphql/schema.graphql", import.meta.url);

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
