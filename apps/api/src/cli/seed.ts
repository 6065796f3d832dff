import { loadConfig } from "../config.ts";
import { openDatabase } from "../data/db.ts";
import { migrate } from "../data/migrate.ts";
import { seedIfAvailable } from "../data/seedIfAvailable.ts";

// `pnpm db:seed`: migrates, then inserts whatever of the report's data is missing (never updates).
const config = loadConfig();
const db = await openDatabase(config);
try {
  await migrate(db.pool);
  const result = await seedIfAvailable(db);
  console.log(result ? `Seeded: ${result.created} rows created.` : "No seeder present in this checkout.");
} finally {
  await db.close();
}
