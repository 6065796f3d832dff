import type { Tx } from "./client.ts";
import type { Database } from "./db.ts";

/**
 * Runs a write and its audit row in one transaction (issue 4: "in the same transaction").
 * Services treat `tx` as an opaque handle they pass back to repository functions.
 */
export function withTransaction<T>(db: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.prisma.$transaction(work);
}
