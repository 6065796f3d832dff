import { requireRole } from "../../auth/requireRole.ts";
import type { GraphQLContext } from "../../context.ts";
import type { PriorityRecord } from "../../data/records.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { TITLE_MAX } from "./setupChecks.ts";

/** Changes a priority's title; its number, and so every link to it, stays. */
export async function renamePriority(
  ctx: GraphQLContext,
  number: number,
  title: string,
): Promise<PriorityRecord> {
  const viewer = requireRole(ctx, "ADMIN");
  const checks = new FieldChecks();
  checks.text(title, "title", TITLE_MAX);
  checks.throwIfAny();
  return ctx.repos.transaction(async (tx) => {
    const plan = await tx.setup.findPlan();
    const priority = plan ? await tx.setup.findPriority(plan.id, number) : null;
    checks.check(priority !== null, "number", `priority ${number} does not exist`);
    checks.throwIfAny();
    const renamed = await tx.setup.renamePriority(priority!.id, title.trim());
    await tx.audit.record({
      actor: viewer,
      action: "priority.rename",
      entityType: "Priority",
      entityId: renamed.id,
      before: { title: priority!.title },
      after: { title: renamed.title },
      requestId: ctx.requestId,
    });
    return renamed;
  });
}
