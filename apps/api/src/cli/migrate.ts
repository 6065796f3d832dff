import { loadConfig } from "../config.ts";
import { openDatabase } from "../data/db.ts";
import { migrate } from "../data/migrate.ts";

// `pnpm db:migrate`: applies pending migrations to DATABASE_URL, or to the PGlite data folder.
const config = loadConfig();
const db = await openDatabase(config);
try {
  const applied = await migrate(db.pool);
  console.log(applied.length > 0 ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await db.close();
}
