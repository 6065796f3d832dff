import type pg from "pg";

/**
 * Counts SQL statements sent through a pool (for the N+1 test and request logs). It wraps each
 * client's `query` once, when the pool connects it: one integer increment per statement.
 */
export function countQueries(pool: pg.Pool): () => number {
  let count = 0;
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      count += 1;
      return query(...args);
    };
  });
  return () => count;
}
