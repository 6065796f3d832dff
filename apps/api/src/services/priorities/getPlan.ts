import type { GraphQLContext } from "../../context.ts";
import type { PlanRecord } from "../../data/records.ts";
import { findPlan } from "../../data/repositories/planRepository.ts";
import { AppError } from "../../errors.ts";

export async function getPlan(ctx: Pick<GraphQLContext, "db">): Promise<PlanRecord> {
  const plan = await findPlan(ctx.db.prisma);
  if (!plan) throw new AppError("NOT_FOUND", "No Police and Crime Plan has been loaded");
  return plan;
}
