import { requireRole } from "../../auth/requireRole.ts";
import type { GraphQLContext } from "../../context.ts";
import type { ReportingPeriodRecord } from "../../data/records.ts";
import { conflict, notFound } from "../../errors.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { presentQuarter } from "./presentQuarter.ts";

/**
 * Publishes a draft quarter (admins only): from then on every reader sees it and its records are
 * frozen. Refused while a carried risk awaits review, naming each one, because publishing would show
 * the public a risk nobody has looked at this quarter.
 */
export async function publishQuarter(
  ctx: GraphQLContext,
  code: string,
  expectedVersion: number,
): Promise<ReportingPeriodRecord> {
  const viewer = requireRole(ctx, "ADMIN");
  const checks = new FieldChecks();
  return ctx.repos.transaction(async (tx) => {
    const quarter = await tx.quarters.findByCode(code);
    if (quarter?.kind !== "QUARTER") {
      checks.fail("period", `reporting quarter ${code} does not exist`);
      checks.throwIfAny();
    }
    for (const risk of await tx.quarters.findPendingRisks(quarter!.id)) {
      checks.fail(
        "risks",
        `Priority ${risk.priorityNumber}: "${risk.text}" awaits review (keep, change or close it)`,
      );
    }
    checks.throwIfAny();
    if ((await tx.quarters.publishIfVersion(quarter!.id, expectedVersion, viewer.id)) === 0) {
      const current = await tx.quarters.findByCode(code);
      if (!current) throw notFound("Reporting period", code);
      throw conflict(`Quarter ${current.label}`, presentQuarter(current));
    }
    const after = (await tx.quarters.findByCode(code))!;
    await tx.audit.record({
      actor: viewer,
      action: "quarter.publish",
      entityType: "ReportingPeriod",
      entityId: after.id,
      before: { status: quarter!.status, version: quarter!.version },
      after: { status: after.status, publishedAt: after.publishedAt, version: after.version },
      requestId: ctx.requestId,
    });
    return after;
  });
}
