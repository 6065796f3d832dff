import { afterAll, beforeAll, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import type { Database } from "../../src/data/db.ts";
import { createLogger } from "../../src/server/logger.ts";
import { type App, startApp } from "../../src/server/startApp.ts";
import { startTestServer, type TestServer } from "../harness/index.ts";
import { editorClient, type Loose } from "../write/editorClient.ts";

// Decision 0013: every cache in the process (observations, control limits, whole answers) is checked
// against the database's data version, so a write made through one replica is never served stale by
// another. Two servers over one database here; the second executes every request (its response
// cache is off), so only its statistic caches could hold the old figures.
const METRIC = "abandonment-rate-101";
const DRILL_DOWN = `query M($id: ID!) { metric(id: $id) {
  spc { points { periodEnd value } segments { centre lower upper } variation assurance }
  comparisons { yearOnYear { text } previousThreeMonths { text } }
  narrative { key text }
} }`;

let primary: TestServer;
let replica: App;

beforeAll(async () => {
  primary = await startTestServer();
  // A handle of its own over the same database: caches are kept per handle, as each replica has its own.
  const handle: Database = { ...primary.db };
  const config = loadConfig({
    NODE_ENV: "test",
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    PGLITE_DATA_DIR: "memory://",
    RESPONSE_CACHE: "off",
  });
  replica = await startApp(config, createLogger(config.LOG_LEVEL), handle);
});

afterAll(async () => {
  // Only the replica's HTTP server: the database handle it borrowed is the primary's to close.
  await replica?.server.close();
  await primary?.close();
});

async function askReplica(query: string, variables: Record<string, unknown>) {
  const before = primary.db.queryCount();
  const response = await fetch(`${replica.server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Loose; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return { data: body.data!, statements: primary.db.queryCount() - before };
}

it("serves a correction written through another server at once, in the figures computed from it", async () => {
  const cold = await askReplica(DRILL_DOWN, { id: METRIC });
  const warm = await askReplica(DRILL_DOWN, { id: METRIC });
  // The replica's caches hold this metric now: its observations and the reference tables cost no
  // statement the second time, which is the version read (before every query) and the one statement
  // that reads the metric with its edges.
  expect(warm.statements).toBe(2);
  expect(cold.statements).toBeGreaterThan(warm.statements);
  expect(warm.data).toEqual(cold.data);

  const latest = cold.data.metric.spc.points.at(-1) as { periodEnd: string; value: number };
  const editor = await editorClient(primary);
  const { metric } = await editor.ok(
    `query O($id: ID!, $at: Month!) { metric(id: $id) { observations(from: $at, to: $at) { id value version } } }`,
    { id: METRIC, at: latest.periodEnd },
  );
  const stored = metric.observations[0] as { id: string; value: number; version: number };
  const corrected = stored.value > 50 ? stored.value - 9 : stored.value + 9;
  const { correctObservation } = await editor.ok(
    `mutation C($id: ID!, $input: ObservationInput!, $v: Int!) {
      correctObservation(id: $id, input: $input, expectedVersion: $v) { errors { field message } } }`,
    {
      id: stored.id,
      input: {
        metricId: METRIC,
        periodStart: latest.periodEnd,
        periodEnd: latest.periodEnd,
        value: corrected,
      },
      v: stored.version,
    },
  );
  expect(correctObservation.errors).toEqual([]);

  const after = await askReplica(DRILL_DOWN, { id: METRIC });
  expect(after.data.metric.spc.points.at(-1)).toEqual({ periodEnd: latest.periodEnd, value: corrected });
  expect(after.data).not.toEqual(cold.data);
  // Every figure as the writing server computes it from the corrected data.
  const fromPrimary = await primary.graphql<Loose>(DRILL_DOWN, { id: METRIC });
  expect(after.data).toEqual(fromPrimary.data);
});

it("serves a write to any table through another server: the exceptions list follows a changed target", async () => {
  const EXCEPTIONS = `{ exceptions { metric { id } severity summary variation assurance } }`;
  const before = (await askReplica(EXCEPTIONS, {})).data.exceptions as Loose[];
  await askReplica(EXCEPTIONS, {});
  // Written straight to the database, as a replica's save or an import would be.
  await primary.db.pool.query(
    `UPDATE "Metric" SET target = NULL, "targetKind" = NULL WHERE target IS NOT NULL`,
  );
  const after = (await askReplica(EXCEPTIONS, {})).data.exceptions as Loose[];
  const fromPrimary = (await primary.graphql<Loose>(EXCEPTIONS, {})).data!.exceptions;
  expect(after).toEqual(fromPrimary);
  expect(after).not.toEqual(before);
});
