import { requireRole } from "../../auth/requireRole.ts";
import type { GraphQLContext } from "../../context.ts";
import type { ScorecardRecord } from "../../data/records.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { TITLE_MAX } from "./setupChecks.ts";

export interface NewScorecard {
  priorityNumber: number;
  title: string;
  kind: ScorecardRecord["kind"];
}

/** Adds a scorecard to a priority, after its others: the place its sections and metrics will live. */
export async function createScorecard(ctx: GraphQLContext, input: NewScorecard): Promise<ScorecardRecord> {
  const viewer = requireRole(ctx, "ADMIN");
  const checks = new FieldChecks();
  checks.text(input.title, "input.title", TITLE_MAX);
  checks.throwIfAny();
  const title = input.title.trim();
  return ctx.repos.transaction(async (tx) => {
    const plan = await tx.setup.findPlan();
    const priority = plan ? await tx.setup.findPriority(plan.id, input.priorityNumber) : null;
    checks.check(
      priority !== null,
      "input.priorityNumber",
      `priority ${input.priorityNumber} does not exist`,
    );
    if (priority && (await tx.setup.findScorecardTitle(priority.id, title))) {
      checks.fail("input.title", `priority ${priority.number} already has a scorecard called ${title}`);
    }
    checks.throwIfAny();
    const created = await tx.setup.createScorecard({ priorityId: priority!.id, title, kind: input.kind });
    await tx.audit.record({
      actor: viewer,
      action: "scorecard.create",
      entityType: "Scorecard",
      entityId: created.id,
      before: null,
      after: { priority: priority!.number, title, kind: input.kind, position: created.position },
      requestId: ctx.requestId,
    });
    return created;
  });
}
