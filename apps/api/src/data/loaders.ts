// Placeholder: per-request DataLoaders land here.
import type { Database } from "./db.ts";

export type Loaders = Record<string, never>;

export function createLoaders(_db: Database): Loaders {
  return {};
}
