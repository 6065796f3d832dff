import type pg from "pg";

// One statement. It counts one attempt against each key, starting a new window for a key whose window
// has ended, and drops other keys' ended windows. The keys being counted are left out of the DELETE so
// the statement never touches one row twice; concurrent attempts on a key serialise on its row.
const COUNT_ATTEMPTS = `
  WITH ended AS (
    DELETE FROM "SignInAttemptWindow"
    WHERE "startedAt" <= $2::timestamptz - $3 * interval '1 millisecond'
      AND NOT ("keyHash" = ANY ($1::text[]))
  )
  INSERT INTO "SignInAttemptWindow" AS w ("keyHash", "startedAt", "attempts")
  SELECT key_hash, $2::timestamptz, 1 FROM unnest($1::text[]) AS key_hash
  ON CONFLICT ("keyHash") DO UPDATE SET
    "startedAt" = CASE WHEN w."startedAt" <= $2::timestamptz - $3 * interval '1 millisecond'
                       THEN EXCLUDED."startedAt" ELSE w."startedAt" END,
    "attempts" = CASE WHEN w."startedAt" <= $2::timestamptz - $3 * interval '1 millisecond'
                      THEN 1 ELSE w."attempts" + 1 END
  RETURNING "keyHash", "attempts"`;

export function signInAttemptRepository(pool: pg.Pool) {
  return {
    /**
     * Counts one sign-in attempt against each key at `at` and returns each key's attempts in its
     * current window, this one included. A key's window starts at its first attempt and lasts
     * `windowMs`. Shared by every replica, since the counts live in the database.
     */
    async count(keyHashes: readonly string[], at: Date, windowMs: number): Promise<Map<string, number>> {
      const { rows } = await pool.query<{ keyHash: string; attempts: number }>(COUNT_ATTEMPTS, [
        keyHashes,
        at,
        windowMs,
      ]);
      return new Map(rows.map((row) => [row.keyHash, row.attempts]));
    },
  };
}

export type SignInAttemptRepository = ReturnType<typeof signInAttemptRepository>;
