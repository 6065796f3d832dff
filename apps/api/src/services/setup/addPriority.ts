import { requireRole } from "../../auth/requireRole.ts";
import type { GraphQLContext } from "../../context.ts";
import type { PriorityRecord } from "../../data/records.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { checkWithin, TITLE_MAX } from "./setupChecks.ts";

/** Adds a priority to the plan under a number of its own (the plan's own numbering, 1 upwards). */
export async function addPriority(
  ctx: GraphQLContext,
  input: { number: number; title: string },
): Promise<PriorityRecord> {
  const viewer = requireRole(ctx, "ADMIN");
  const checks = new FieldChecks();
  checkWithin(checks, input.number, "input.number", 1, 99);
  checks.text(input.title, "input.title", TITLE_MAX);
  checks.throwIfAny();
  const title = input.title.trim();
  return ctx.repos.transaction(async (tx) => {
    const plan = await tx.setup.findPlan();
    if (!plan) checks.fail("input.number", "create the plan first");
    const taken = plan ? await tx.setup.findPriority(plan.id, input.number) : null;
    checks.check(taken === null, "input.number", `priority ${input.number} already exists (${taken?.title})`);
    checks.throwIfAny();
    const created = await tx.setup.createPriority({ planId: plan!.id, number: input.number, title });
    await tx.audit.record({
      actor: viewer,
      action: "priority.add",
      entityType: "Priority",
      entityId: created.id,
      before: null,
      after: { number: created.number, title: created.title, plan: plan!.code },
      requestId: ctx.requestId,
    });
    return created;
  });
}
