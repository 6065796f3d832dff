import type { GraphQLContext } from "../../context.ts";
import type { PlanRecord } from "../../data/records.ts";
import { AppError } from "../../errors.ts";

export async function getPlan(ctx: Pick<GraphQLContext, "repos">): Promise<PlanRecord> {
  const plan = await ctx.repos.plans.findCurrent();
  if (!plan) throw new AppError("NOT_FOUND", "No Police and Crime Plan has been loaded");
  return plan;
}
