import type { TestServer } from "../harness/index.ts";

/**
 * One SQL statement on the test server's database, for what the API has no write for (plans,
 * priorities, scorecards, metrics, areas, reporting periods, commentary transcribed from a report).
 * The one place the builders reach past the API: if the database handle moves, mend it here.
 * Plain SQL names columns, which stay put when a Prisma field is renamed with @map.
 */
export async function builderSql<Row>(
  server: TestServer,
  text: string,
  values: unknown[] = [],
): Promise<Row[]> {
  const { rows } = await server.db.pool.query(text, values);
  return rows as Row[];
}
