import { conflict, notFound } from "../../errors.ts";

/**
 * After a versioned UPDATE changed no row: either the record is gone (NOT_FOUND) or someone saved
 * first (CONFLICT carrying the record as it now is, so the editor can merge and nothing is lost).
 */
export async function failOnStaleVersion<R>(
  what: string,
  id: string | number,
  loadCurrent: () => Promise<R | null>,
  present: (record: R) => unknown,
): Promise<never> {
  const current = await loadCurrent();
  if (current === null) throw notFound(what, id);
  throw conflict(what, present(current));
}
