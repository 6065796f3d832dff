import type { DbClient } from "../client.ts";
import type { PlanRecord } from "../records.ts";

export function planRepository(db: DbClient) {
  return {
    /** The plan being held to account (the newest, if several were ever loaded). */
    async findCurrent(): Promise<PlanRecord | null> {
      const plan = await db.plan.findFirst({ orderBy: { startYear: "desc" }, include: { force: true } });
      if (!plan) return null;
      const { id, code, title, startYear, endYear } = plan;
      return { id, code, title, startYear, endYear, forceName: plan.force.name };
    },
  };
}

export type PlanRepository = ReturnType<typeof planRepository>;
