import type { TestServer } from "../harness/index.ts";
import { builderSql } from "./builderSql.ts";

export interface BuiltArea {
  id: number;
  code: string;
}

/**
 * An area by its code ("force", "county", "swindon"), created if the database does not hold it yet
 * (the API has no write for areas). Observations name their area by this code.
 */
export async function buildArea(
  server: TestServer,
  code: string,
  name = code,
  position = 0,
): Promise<BuiltArea> {
  await builderSql(
    server,
    `INSERT INTO "Area" (code, name, position) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING`,
    [code, name, position],
  );
  const [row] = await builderSql<BuiltArea>(server, `SELECT id, code FROM "Area" WHERE code = $1`, [code]);
  return row!;
}
