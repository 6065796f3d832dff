import type { Tx } from "./client.ts";
import type { Database } from "./db.ts";

/**
 * Runs a write and its audit row in one transaction (issue 4: "in the same transaction").
 * Services treat `tx` as an opaque handle they pass back to repository functions.
 */
export function withTransaction<T>(db: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  // Prisma's defaults (2 s to get a connection, 5 s to finish) fail saves that merely queue behind
  // others: PGlite runs one transaction at a time. A queued save should wait, not be lost.
  return db.prisma.$transaction(work, { maxWait: 10_000, timeout: 20_000 });
}
