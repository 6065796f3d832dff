import { buildSeedData } from "@pcc/seed";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { seedMetrics } from "./seedMetrics.ts";
import { seedPlanItems } from "./seedPlanItems.ts";
import { seedReference } from "./seedReference.ts";
import { seedScorecards } from "./seedScorecards.ts";

// Any constant will do; it only has to differ from the migration lock (72707369).
const SEED_LOCK = 72707370;

/**
 * Loads the March – May 23 report (and its illustrative history) into the database, inserting only what
 * is missing and never updating a row, so an editor's change survives a restart and seeding twice
 * changes nothing. One transaction under an advisory lock: two processes starting at once cannot both
 * insert the key-less rows (statements, deliverables, commentary), and a failed seed leaves nothing half done.
 */
export async function seedDatabase(prisma: PrismaClient): Promise<{ created: number }> {
  const data = buildSeedData();
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
      const reference = await seedReference(tx, data);
      let created = reference.created;
      created += await seedMetrics(tx, data, reference.ids);
      created += await seedScorecards(tx, data, reference.ids);
      created += await seedPlanItems(tx, data, reference.ids);
      return { created };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
