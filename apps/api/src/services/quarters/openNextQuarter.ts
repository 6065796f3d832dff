import { quarterAfter } from "@pcc/domain";
import type { GraphQLContext, TransactionRepositories, Viewer } from "../../context.ts";
import type { ReportingPeriodRecord } from "../../data/records.ts";
import { conflict } from "../../errors.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { requireEditor } from "../shared/requireEditor.ts";
import { presentQuarter } from "./presentQuarter.ts";

/**
 * Opens the quarter after `from` as a DRAFT and, in the same transaction, carries forward its open
 * deliverables (not retired, not complete) and its risks (for review). Outcomes, focus and commentary
 * are the new quarter's to write, so they start empty.
 */
export async function openNextQuarter(ctx: GraphQLContext, from: string): Promise<ReportingPeriodRecord> {
  const viewer = requireEditor(ctx);
  const checks = new FieldChecks();
  const periods = await ctx.loaders.reportingPeriods.load("all");
  const source = periods.find((p) => p.code === from);
  if (!source) checks.fail("from", `reporting period ${from} does not exist`);
  else
    checks.check(
      source.kind === "QUARTER",
      "from",
      `${source.label} is a month: open a quarter from a quarter`,
    );
  checks.throwIfAny();
  const next = quarterAfter(source!);
  return ctx.repos.transaction(async (tx) => {
    const already =
      (await tx.quarters.findOpenedFrom(source!.id)) ?? (await tx.quarters.findByCode(next.code));
    if (already) throw conflict(`The quarter after ${source!.label}`, presentQuarter(already));
    const quarter = await tx.quarters.createDraft({
      ...next,
      planId: source!.planId,
      openedFromId: source!.id,
    });
    await carryForward(tx, ctx.requestId, viewer, source!, quarter);
    return quarter;
  });
}

/**
 * One audit event for the quarter, listing what it carried, and one per carried row, so that each
 * deliverable's and risk's own history (auditHistory) starts with where it came from.
 */
async function carryForward(
  tx: TransactionRepositories,
  requestId: string,
  viewer: Viewer,
  source: ReportingPeriodRecord,
  quarter: ReportingPeriodRecord,
): Promise<void> {
  const deliverables = await tx.quarters.carryDeliverables(source.id, quarter.id);
  const risks = await tx.quarters.carryRisks(source.id, quarter.id);
  const base = { actor: viewer, before: null, requestId };
  await tx.audit.record({
    ...base,
    action: "quarter.open",
    entityType: "ReportingPeriod",
    entityId: quarter.id,
    after: {
      code: quarter.code,
      label: quarter.label,
      status: quarter.status,
      openedFrom: source.code,
      carriedDeliverables: deliverables.map((d) => d.id),
      carriedRisks: risks.map((r) => r.id),
    },
  });
  for (const d of deliverables) {
    await tx.audit.record({
      ...base,
      action: "deliverable.carry",
      entityType: "Deliverable",
      entityId: d.id,
      after: { action: d.text, carriedFrom: d.carriedFromId, quarter: quarter.code },
    });
  }
  for (const r of risks) {
    await tx.audit.record({
      ...base,
      action: "risk.carry",
      entityType: "Statement",
      entityId: r.id,
      after: { text: r.text, carriedFrom: r.carriedFromId, quarter: quarter.code, review: "PENDING" },
    });
  }
}
