import { buildASTSchema, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTypeDefs } from "../../src/schema/index.ts";
import { SHARED_QUERY_FIELDS, UNCACHED_QUERY_FIELDS } from "../../src/server/responseCache.ts";
import { startTestServer, type TestServer } from "../harness/index.ts";
import { editorClient, type Loose } from "../write/editorClient.ts";

// Decision 0009: answers to queries that read only shared data are reused while the database's data
// version is unchanged. These tests show a repeat costs one statement, and that no write, from this
// replica or another, leaves a stale answer behind.
const DELIVERABLE = `query D($id: ID!) { deliverable(id: $id) { id progress version } }`;
const DRILL_DOWN = `query M($id: ID!) { metric(id: $id) {
  id observations { periodEnd value } spc { variation assurance } comparisons { yearOnYear { text } } narrative { key text }
} }`;

async function dataVersion(server: TestServer): Promise<bigint> {
  const { rows } = await server.db.pool.query<{ version: string }>(
    `SELECT version::text AS version FROM "DataVersion"`,
  );
  return BigInt(rows[0]!.version);
}

describe("with the response cache on (the default)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  async function timed(query: string, variables: Record<string, unknown>, cookie?: string) {
    const before = server.db.queryCount();
    const result = await server.graphql<Loose>(query, variables, { cookie: cookie ?? null });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return { data: result.data, statements: server.db.queryCount() - before };
  }

  it("answers a repeated drill-down with one statement (the version read) and the same answer", async () => {
    const first = await timed(DRILL_DOWN, { id: "abandonment-rate-101" });
    const second = await timed(DRILL_DOWN, { id: "abandonment-rate-101" });
    expect(first.statements).toBeGreaterThan(3);
    expect(second.statements).toBe(1);
    expect(second.data).toEqual(first.data);
    expect(first.data?.metric.observations.length).toBeGreaterThan(10);
  });

  it("executes once for identical requests that arrive together after a write, and answers them all", async () => {
    // After a write every screen in a meeting asks again at once; one execution should serve them.
    const id = "crimes-per-1000";
    const bumpVersion = () => server.db.pool.query(`UPDATE "Deliverable" SET note = note WHERE id = 1`);
    await bumpVersion();
    const alone = await timed(DRILL_DOWN, { id });
    const executionStatements = alone.statements - 1;
    expect(executionStatements).toBeGreaterThan(1);

    await bumpVersion();
    const screens = 10;
    const before = server.db.queryCount();
    const answers = await Promise.all(
      Array.from({ length: screens }, () => server.graphql<Loose>(DRILL_DOWN, { id }, { cookie: null })),
    );
    // One version read per request, and the statements of a single execution.
    expect(server.db.queryCount() - before).toBe(screens + executionStatements);
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(alone.data);
    }
  });

  it("keys answers by variables: another metric is executed, not served from the first", async () => {
    await timed(DRILL_DOWN, { id: "abandonment-rate-101" });
    const other = await timed(DRILL_DOWN, { id: "victim-satisfaction-burglary" });
    expect(other.statements).toBeGreaterThan(1);
    expect(other.data?.metric.id).toBe("victim-satisfaction-burglary");
  });

  it("serves an editor's change on the next read, for anonymous readers and the editor alike", async () => {
    const editor = await editorClient(server);
    const before = (await timed(DELIVERABLE, { id: "2" })).data?.deliverable;
    await timed(DELIVERABLE, { id: "2" });
    const progress = before.progress === 90 ? 91 : 90;
    const { updateDeliverable } = await editor.ok(
      `mutation U($v: Int!, $p: Int!) { updateDeliverable(id: "2", input: { progress: $p }, expectedVersion: $v, reason: "Corrected in a test of the published quarter") { errors { field } } }`,
      { v: before.version, p: progress },
    );
    expect(updateDeliverable.errors).toEqual([]);
    const anonymous = await timed(DELIVERABLE, { id: "2" });
    expect(anonymous.statements).toBeGreaterThan(1);
    expect(anonymous.data?.deliverable).toMatchObject({ progress, version: before.version + 1 });
    const asEditor = await timed(DELIVERABLE, { id: "2" }, editor.cookie);
    expect(asEditor.data?.deliverable.progress).toBe(progress);
  });

  it("serves a change written by another replica (straight to the database) on the next read", async () => {
    const id = "abandonment-rate-101";
    const before = (await timed(DRILL_DOWN, { id })).data?.metric.observations.at(-1);
    await server.db.pool.query(
      `UPDATE "Observation" SET value = value + 1, version = version + 1, "updatedAt" = now()
       WHERE id = (SELECT id FROM "Observation" WHERE "metricId" = $1 ORDER BY "periodEnd" DESC, id DESC LIMIT 1)`,
      [id],
    );
    const after = (await timed(DRILL_DOWN, { id })).data?.metric.observations.at(-1);
    expect(after.periodEnd).toBe(before.periodEnd);
    expect(after.value).toBeCloseTo(before.value + 1, 9);
  });

  it("never reuses a per-viewer answer: each session sees itself in `me`", async () => {
    const editor = await server.signInAs("EDITOR");
    const viewer = await server.signInAs("VIEWER");
    const ME = `{ me { email role } }`;
    for (let i = 0; i < 2; i++) {
      expect((await server.graphql<Loose>(ME, {}, { cookie: editor })).data?.me.role).toBe("EDITOR");
      expect((await server.graphql<Loose>(ME, {}, { cookie: viewer })).data?.me.role).toBe("VIEWER");
      expect((await server.graphql<Loose>(ME, {}, { cookie: null })).data?.me).toBeNull();
    }
  });

  it("judges each operation of a document alone: a per-viewer one beside a shared one is not cached", async () => {
    const editor = await server.signInAs("EDITOR");
    const viewer = await server.signInAs("VIEWER");
    const DOCUMENT = `query Shared { priorities { number } } query Mine { me { role } }`;
    const ask = (operationName: string, cookie: string | null) =>
      fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query: DOCUMENT, operationName }),
      }).then((r) => r.json() as Promise<Loose>);
    expect((await ask("Shared", null)).data.priorities.length).toBe(4);
    expect((await ask("Mine", editor)).data.me.role).toBe("EDITOR");
    expect((await ask("Mine", viewer)).data.me.role).toBe("VIEWER");
    expect((await ask("Mine", null)).data.me).toBeNull();
  });

  it("bumps the data version once per writing transaction, and not for sessions", async () => {
    const start = await dataVersion(server);
    const client = await server.db.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(`UPDATE "Deliverable" SET note = note WHERE id = 1`);
      await client.query(`UPDATE "Statement" SET text = text WHERE id = (SELECT min(id) FROM "Statement")`);
      await client.query(`UPDATE "Deliverable" SET note = note WHERE id = 1`);
      await client.query("COMMIT");
    } finally {
      client.release();
    }
    expect(await dataVersion(server)).toBe(start + 1n);
    await server.db.pool.query(`UPDATE "Session" SET "lastSeenAt" = now()`);
    expect(await dataVersion(server)).toBe(start + 1n);
    await server.db.pool.query(`UPDATE "Priority" SET title = title WHERE false`);
    // A statement that changes no row still marks the data as possibly changed: cheap and safe.
    expect(await dataVersion(server)).toBe(start + 2n);
  });

  it("has the bump trigger on every table but sessions, sign-in counters, the version and migration bookkeeping", async () => {
    const { rows } = await server.db.pool.query<{ table: string; triggered: boolean }>(
      `SELECT t.tablename AS table,
              EXISTS (SELECT 1 FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
                      WHERE c.relname = t.tablename AND g.tgname = t.tablename || '_bumps_data_version') AS triggered
       FROM pg_tables t WHERE t.schemaname = current_schema() ORDER BY 1`,
    );
    const exempt = ["DataVersion", "Session", "SignInAttemptWindow", "_prisma_migrations"];
    const missing = rows.filter((r) => !r.triggered && !exempt.includes(r.table)).map((r) => r.table);
    expect(missing).toEqual([]);
    expect(rows.filter((r) => r.triggered).length).toBeGreaterThan(15);
    expect(rows.filter((r) => exempt.includes(r.table) && r.triggered)).toEqual([]);
  });
});

it("sorts every Query field into shared (cached) or per-viewer (never cached)", () => {
  const schema = buildASTSchema(parse(loadTypeDefs().join("\n")));
  const fields = Object.keys(schema.getQueryType()!.getFields()).sort();
  const unsorted = fields.filter((f) => !SHARED_QUERY_FIELDS.has(f) && !UNCACHED_QUERY_FIELDS.has(f));
  expect(unsorted, "decide whether each new Query field's answer is the same for every reader").toEqual([]);
  expect([...SHARED_QUERY_FIELDS].filter((f) => UNCACHED_QUERY_FIELDS.has(f))).toEqual([]);
  expect([...SHARED_QUERY_FIELDS, ...UNCACHED_QUERY_FIELDS].filter((f) => !fields.includes(f))).toEqual([]);
});

describe("with RESPONSE_CACHE=off", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RESPONSE_CACHE: "off" } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("executes every repeat, reading the observations again only after a write", async () => {
    const ask = async () => {
      // The text of each statement the pool sends for the question (the drill-down makes no Prisma reads).
      const sent: string[] = [];
      const pool = server.db.pool;
      const query = pool.query;
      pool.query = function (this: typeof pool, config: unknown, ...rest: unknown[]) {
        sent.push(typeof config === "string" ? config : (config as { text: string }).text);
        return (query as (...args: unknown[]) => unknown).call(this, config, ...rest);
      } as typeof pool.query;
      try {
        const before = server.db.queryCount();
        const result = await server.graphql(DRILL_DOWN, { id: "abandonment-rate-101" });
        expect(result.errors).toBeUndefined();
        return { data: result.data, statements: server.db.queryCount() - before, sent };
      } finally {
        pool.query = query;
      }
    };
    const readsObservations = (sent: string[]) => sent.some((text) => text.includes('FROM "Observation"'));
    const first = await ask();
    const repeat = await ask();
    // Executed, not answered whole: the repeat reads the metric again (one statement, its edges and
    // the data version with it), where a stored answer costs the version read alone. The
    // observations and reference tables, kept per data version (decision 0013), are not read again.
    expect(repeat.sent).toHaveLength(repeat.statements);
    expect(repeat.sent.some((text) => text.includes('FROM "Metric"'))).toBe(true);
    expect(readsObservations(first.sent)).toBe(true);
    expect(readsObservations(repeat.sent)).toBe(false);
    expect(repeat.statements).toBeLessThan(first.statements);
    expect(repeat.data).toEqual(first.data);
    await server.db.pool.query(`UPDATE "Deliverable" SET note = note WHERE id = 1`);
    const afterWrite = await ask();
    expect(readsObservations(afterWrite.sent)).toBe(true);
    expect(afterWrite.statements).toBe(first.statements);
  });
});
