import { describe, expect, it } from "vitest";
import { METRICS } from "./buildImportWorld.ts";
import { tableFingerprint } from "./tableFingerprint.ts";
import { uploadFile } from "./uploadFile.ts";
import { useImportServer } from "./useImportServer.ts";

const ROWS = 100_000;
// Issue 6: "Large files (100,000 rows) load within seconds". The time is printed; the ceiling is
// generous because CI shares two cores with other jobs, yet still fails a row-by-row write (100,000
// single-row INSERTs took minutes here). The statement count below is the load-independent check.
const CEILING_MS = 60_000;
// One bulk statement per commit, plus the transaction, batch row, audit event and reads.
const MAX_STATEMENTS_PER_LOAD = 25;

const { server, editor } = useImportServer();

/**
 * 100,000 distinct observations: 2 count metrics × 3 areas × 59 breakdowns × 288 months
 * (2000-01 to 2023-12) = 101,952 keys, of which the first 100,000 are written.
 */
function generateLargeCsv(): string {
  const lines = [
    "metric,area,breakdown,period_start,period_end,value,lower,upper,numerator,denominator,note",
  ];
  const metrics = [METRICS.intelligence.id, METRICS.answerTime.id];
  outer: for (const metric of metrics) {
    for (const area of ["force", "county", "swindon"]) {
      for (let b = 0; b < 59; b++) {
        for (let m = 0; m < 288; m++) {
          const month = `${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
          lines.push(`${metric},${area},crime type ${b},,${month},${(b * 7 + m) % 1500},,,,,`);
          if (lines.length > ROWS) break outer;
        }
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  const ms = Math.round(performance.now() - started);
  const timings = (result as { body?: { timings?: object } }).body?.timings;
  console.log(
    `[100k import, ${server.db.kind}] ${label}: ${ms} ms (server phases ${JSON.stringify(timings)})`,
  );
  expect(ms).toBeLessThan(CEILING_MS);
  return result;
}

describe("a 100,000-row file", () => {
  const csv = generateLargeCsv();

  it("dry-runs, commits, and then loads again with no change, each within seconds", {
    timeout: 240_000,
  }, async () => {
    console.log(`[100k import] file: ${(csv.length / 1e6).toFixed(1)} MB, ${ROWS} rows`);
    const dry = await timed("dry run", () =>
      uploadFile(server.url, "observations", csv, { cookie: editor.cookie, dryRun: true, rows: 50 }),
    );
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ rowCount: ROWS, added: ROWS, rejected: 0 });
    expect(dry.body.rows).toHaveLength(50);

    const statementsBefore = server.db.queryCount();
    const commit = await timed("commit", () =>
      uploadFile(server.url, "observations", csv, { cookie: editor.cookie, dryRun: false, rows: 0 }),
    );
    const statements = server.db.queryCount() - statementsBefore;
    console.log(`[100k import] commit sent ${statements} SQL statements`);
    expect(statements).toBeLessThan(MAX_STATEMENTS_PER_LOAD);
    expect(commit.status).toBe(201);
    expect(commit.body).toMatchObject({ rowCount: ROWS, added: ROWS, committed: true });
    const stored = await server.db.pool.query<{ count: string; total: string; versions: string }>(
      `SELECT count(*) AS count, sum(value) AS total, max(version) AS versions FROM "Observation"
       WHERE "metricId" = ANY($1)`,
      [[METRICS.intelligence.id, METRICS.answerTime.id]],
    );
    // The sum the generator wrote, recomputed from the file itself.
    const expectedTotal = csv
      .trim()
      .split("\n")
      .slice(1)
      .reduce((sum, line) => sum + Number(line.split(",")[5]), 0);
    expect(Number(stored.rows[0]!.count)).toBe(ROWS);
    expect(Number(stored.rows[0]!.total)).toBe(expectedTotal);
    expect(Number(stored.rows[0]!.versions)).toBe(1);

    const before = await tableFingerprint(server.db, "Observation");
    const again = await timed("second load of the same file", () =>
      uploadFile(server.url, "observations", csv, { cookie: editor.cookie, dryRun: false, rows: 0 }),
    );
    expect(again.body).toMatchObject({ added: 0, changed: 0, unchanged: ROWS, rejected: 0, committed: true });
    expect(await tableFingerprint(server.db, "Observation")).toEqual(before);
  });
});
