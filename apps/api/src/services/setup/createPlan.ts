import { requireRole } from "../../auth/requireRole.ts";
import type { GraphQLContext } from "../../context.ts";
import type { PlanRecord } from "../../data/records.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { checkCode, checkWithin, TITLE_MAX } from "./setupChecks.ts";

export interface NewPlan {
  code: string;
  title: string;
  startYear: number;
  endYear: number;
}

// A Police and Crime Plan runs for a PCC's term: a few years, never more than a decade.
const LONGEST_PLAN_YEARS = 10;

/** Creates the home force's Police and Crime Plan (one per install until plans can follow one another). */
export async function createPlan(ctx: GraphQLContext, input: NewPlan): Promise<PlanRecord> {
  const viewer = requireRole(ctx, "ADMIN");
  const checks = new FieldChecks();
  checkCode(checks, input.code, "input.code");
  checks.text(input.title, "input.title", TITLE_MAX);
  checkWithin(checks, input.startYear, "input.startYear", 2000, 2100);
  checkWithin(checks, input.endYear, "input.endYear", input.startYear, input.startYear + LONGEST_PLAN_YEARS);
  checks.throwIfAny();
  const plan = {
    code: input.code,
    title: input.title.trim(),
    startYear: input.startYear,
    endYear: input.endYear,
  };
  return ctx.repos.transaction(async (tx) => {
    const force = await tx.setup.findHomeForce();
    const existing = await tx.setup.findPlan();
    checks.check(force !== null, "input.code", "set the force up first");
    checks.check(existing === null, "input.code", `the plan is already set up (${existing?.title})`);
    checks.throwIfAny();
    const created = await tx.setup.createPlan({ ...plan, forceId: force!.id });
    await tx.audit.record({
      actor: viewer,
      action: "plan.create",
      entityType: "Plan",
      entityId: created.id,
      before: null,
      after: { ...plan, force: force!.code },
      requestId: ctx.requestId,
    });
    return created;
  });
}
