import { monthsBetween, reportingQuarter } from "@pcc/domain";
import { requireRole } from "../../auth/requireRole.ts";
import type { GraphQLContext } from "../../context.ts";
import type { ReportingPeriodRecord } from "../../data/records.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

// A quarterly report is written about data a month or two behind it ("March – May 23" reports data
// to Mar-23), so the data month may be up to a year before the quarter ends, never after it.
const LONGEST_DATA_LAG_MONTHS = 12;

/**
 * Opens the plan's first reporting quarter (three months from `startMonth`) as a draft: readers see
 * nothing of it until an admin publishes it. Every later quarter is opened from the one before.
 */
export async function openFirstQuarter(
  ctx: GraphQLContext,
  input: { startMonth: string; dataMonth: string },
): Promise<ReportingPeriodRecord> {
  const viewer = requireRole(ctx, "ADMIN");
  const checks = new FieldChecks();
  checks.check(MONTH.test(input.startMonth), "input.startMonth", "must be a month written YYYY-MM");
  checks.check(MONTH.test(input.dataMonth), "input.dataMonth", "must be a month written YYYY-MM");
  checks.throwIfAny();
  const quarter = reportingQuarter(input.startMonth);
  const lag = monthsBetween(input.dataMonth, quarter.end);
  checks.check(
    lag >= 0 && lag <= LONGEST_DATA_LAG_MONTHS,
    "input.dataMonth",
    `must be within the ${LONGEST_DATA_LAG_MONTHS} months up to the quarter's last month`,
  );
  checks.throwIfAny();
  return ctx.repos.transaction(async (tx) => {
    const plan = await tx.setup.findPlan();
    const existing = plan ? await tx.setup.findQuarterOfPlan(plan.id) : null;
    if (!plan) checks.fail("input.startMonth", "create the plan first");
    else if (existing) checks.fail("input.startMonth", `the plan's first quarter is ${existing.label}`);
    else if (await tx.setup.hasPeriodCode(quarter.code)) {
      checks.fail("input.startMonth", `a quarter ${quarter.label} already exists`);
    }
    if (plan && Number(quarter.start.slice(0, 4)) > plan.endYear) {
      checks.fail("input.startMonth", `the plan ends in ${plan.endYear}`);
    }
    checks.throwIfAny();
    const created = await tx.setup.createDraftQuarter({
      ...quarter,
      planId: plan!.id,
      dataMonth: input.dataMonth,
    });
    await tx.audit.record({
      actor: viewer,
      action: "quarter.openFirst",
      entityType: "ReportingPeriod",
      entityId: created.id,
      before: null,
      after: { code: created.code, label: created.label, dataMonth: created.dataMonth, status: "DRAFT" },
      requestId: ctx.requestId,
    });
    return created;
  });
}
