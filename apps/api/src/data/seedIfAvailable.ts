import type { Database } from "./db.ts";

type SeedFn = (prisma: Database["prisma"]) => Promise<{ created: number }>;

/**
 * Runs the report seeder (insert-only, so a restart never overwrites an editor's change).
 * The import is dynamic so the server still starts on a checkout without the seeder module.
 */
export async function seedIfAvailable(db: Database): Promise<{ created: number } | null> {
  let seedDatabase: SeedFn;
  try {
    // A computed specifier keeps the type checker from requiring the file to exist.
    const specifier = new URL("./seed/seedDatabase.ts", import.meta.url).href;
    ({ seedDatabase } = (await import(/* @vite-ignore */ specifier)) as { seedDatabase: SeedFn });
  } catch (error) {
    if (
      (error as { code?: string }).code === "ERR_MODULE_NOT_FOUND" &&
      String(error).includes("seedDatabase")
    ) {
      return null;
    }
    throw error;
  }
  return seedDatabase(db.prisma);
}
