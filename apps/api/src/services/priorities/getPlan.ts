import type { GraphQLContext } from "../../context.ts";
import type { PlanRecord } from "../../data/records.ts";
import { notSetUp } from "../../errors.ts";

export async function getPlan(ctx: Pick<GraphQLContext, "repos">): Promise<PlanRecord> {
  const plan = await ctx.repos.plans.findCurrent();
  if (!plan) throw notSetUp("No Police and Crime Plan has been set up yet");
  return plan;
}
