import { notFound } from "../../errors.ts";

/** GraphQL IDs are strings; database ids are integers. A non-numeric id names nothing. */
export function parseId(what: string, id: string): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) throw notFound(what, id);
  return n;
}
